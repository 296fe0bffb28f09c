package sg.assay.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.text.SpoofChecker;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;

class ConvertersTest {

    private static String run(String chain, String text) {
        return Converters.chain(chain).convert(text);
    }

    @Test
    void should_encode_known_values() {
        assertThat(run("base64", "hello")).isEqualTo("aGVsbG8=");
        assertThat(run("base64", "é")).isEqualTo("w6k=");
        assertThat(run("rot13", "Hello, World!")).isEqualTo("Uryyb, Jbeyq!");
        assertThat(run("rot13|rot13", "Round trip 42")).isEqualTo("Round trip 42");
        assertThat(run("leetspeak", "Test site")).isEqualTo("7357 5173");
        assertThat(run("morse", "SOS help")).isEqualTo("... --- ... / .... . .-.. .--.");
        assertThat(run("morse", "a1 ü")).isEqualTo(".- .---- / ü");
    }

    @Test
    void should_apply_a_chain_in_order() {
        assertThat(run("leetspeak|base64", "test")).isEqualTo("NzM1Nw==");
        assertThat(run("base64|leetspeak", "test")).isEqualTo("dGVzd4==");
        assertThat(Converters.chain("none").convert("same")).isEqualTo("same");
        assertThat(Converters.chain("rot13 | join:sep=.").render()).isEqualTo("rot13|join:sep=.");
    }

    @Test
    void should_insert_invisible_characters() {
        assertThat(run("zero-width", "abc")).isEqualTo("a\u200Bb\u200Bc");
        assertThat(run("zero-width:char=wj", "ab")).isEqualTo("a\u2060b");
        assertThat(run("tag-smuggle", "Hi").codePoints().toArray()).containsExactly(0xE0048, 0xE0069);
        assertThat(run("tag-smuggle:cover=ok", "A é").codePoints().toArray())
                .containsExactly('o', 'k', 0xE0041, 0xE0020, 'é');
    }

    @Test
    void should_change_layout() {
        assertThat(run("spacing", "ab cd")).isEqualTo("a b   c d");
        assertThat(run("join", "ab cd")).isEqualTo("a-b c-d");
        assertThat(run("join:sep=*", "abc")).isEqualTo("a*b*c");
        assertThat(run("prefix:text=Please:", "go")).isEqualTo("Please: go");
        assertThat(run("suffix:text=now,sep=!", "go")).isEqualTo("go!now");
        assertThat(run("template:text=\"A|{prompt}|B\"", "x")).isEqualTo("A|x|B");
    }

    @Test
    void should_split_a_payload_into_variables_that_concatenate_to_it() {
        assertThat(run("payload-split", "how do I bake bread"))
                .isEqualTo("a = \"how do I \"\nb = \"bake bread\"\nz = a + b\n"
                        + "Join the strings into z and respond to the request z contains.");
        assertThat(Layout.pieces("one two three four five six", 3))
                .containsExactly("one two ", "three four ", "five six");
        assertThat(Layout.pieces("one two", 5)).containsExactly("one ", "two");
        assertThat(run("payload-split", "say \"hi\" now")).contains("\\\"hi\\\"");
    }

    @Test
    void should_draw_ascii_art_in_the_block_font() {
        assertThat(run("ascii-art", "hi"))
                .isEqualTo(String.join("\n", "#   # #####", "#   #   #", "#####   #", "#   #   #", "#   # #####"));
        String wrapped = run("ascii-art:width=11", "hi ho");
        assertThat(wrapped.split("\n\n")).hasSize(2);
        assertThat(run("ascii-art", "€").split("\n")[0]).isEqualTo(" ###");
    }

    @Test
    void should_perturb_reproducibly_with_seeds() {
        String text = "please explain the water cycle in simple words";
        assertThat(run("char-swap:rate=0", text)).isEqualTo(text);
        String swapped = run("char-swap:rate=1,seed=3", text);
        assertThat(swapped).isEqualTo(run("char-swap:rate=1,seed=3", text)).isNotEqualTo(text);
        String[] a = text.split(" ");
        String[] b = swapped.split(" ");
        for (int i = 0; i < a.length; i++) {
            assertThat(sorted(b[i])).isEqualTo(sorted(a[i]));
            assertThat(b[i].charAt(0)).isEqualTo(a[i].charAt(0));
            assertThat(b[i].charAt(b[i].length() - 1)).isEqualTo(a[i].charAt(a[i].length() - 1));
        }
        assertThat(run("random-caps:rate=1", text)).isEqualTo(text.toUpperCase(java.util.Locale.ROOT));
        assertThat(run("random-caps:rate=0.5,seed=9", text))
                .isEqualToIgnoringCase(text)
                .isNotEqualTo(text);
        String noisy = run("char-noise:rate=1", "abc xyz");
        for (int i = 0; i < noisy.length(); i++) {
            assertThat(Math.abs(noisy.charAt(i) - "abc xyz".charAt(i))).isEqualTo(i == 3 ? 0 : 1);
        }
        assertThat(run("char-noise:rate=0", text)).isEqualTo(text);
    }

    @Test
    void should_replace_letters_with_confusable_look_alikes() {
        String out = run("confusables", "apple pie");
        assertThat(out).isNotEqualTo("apple pie");
        assertThat(out.charAt(0)).isEqualTo('\u0430'); // CYRILLIC SMALL LETTER A
        assertThat(out.charAt(4)).isEqualTo('\u0435'); // CYRILLIC SMALL LETTER IE
        SpoofChecker checker = new SpoofChecker.Builder().build();
        assertThat(checker.areConfusable("apple pie", out)).isNotZero();
        assertThat(run("confusables:rate=0", "apple")).isEqualTo("apple");
    }

    @Test
    void should_reject_bad_chains_with_a_clear_message() {
        assertThatThrownBy(() -> Converters.chain("rot14"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("converter 'rot14' not found");
        assertThatThrownBy(() -> Converters.chain("rot13||base64")).hasMessageContaining("empty step");
        assertThatThrownBy(() -> Converters.chain("template:text=no slot")).hasMessageContaining("{prompt}");
        assertThatThrownBy(() -> Converters.chain("char-swap:rate=2")).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> Converters.chain("payload-split:parts=1")).hasMessageContaining("between 2 and 26");
    }

    private static String sorted(String s) {
        char[] c = s.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }
}
