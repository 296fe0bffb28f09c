package sg.assay.score.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cue patterns run case-sensitively on case-folded text instead of case-insensitively on the normalised text
 * ({@link CaseFold}). These tests check that this gives the same matches: the conditions it rests on for every code
 * point, every literal of the shipped cue files against every cased character, and the two ways side by side on
 * generated responses with the characters whose case mapping is unusual.
 */
class CaseFoldTest {
    private static final CueBook BOOK = CueBook.standard();

    /** Dotless and dotted i, long s, Kelvin and Angstrom signs, final sigma, micro sign, capital sharp s, y diaeresis. */
    private static final String ODD = "\u0131\u0130\u017f\u212a\u212b\u03c2\u03a3\u00b5\u1e9e\u00df\u0178\u00ff\u0345";

    @Test
    void foldingKeepsLengthAndEveryPropertyTheNonLiteralPartsOfAPatternRead() {
        Pattern word = Pattern.compile("\\w", CaseFold.FOLDED_FLAGS);
        Pattern space = Pattern.compile("\\s", CaseFold.FOLDED_FLAGS);
        Pattern any = Pattern.compile(".", CaseFold.FOLDED_FLAGS);
        Pattern digit = Pattern.compile("\\d", CaseFold.FOLDED_FLAGS);
        List<String> broken = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            // \b reads non-spacing marks specially, but with Unicode classes they are word characters anyway
            if (Character.getType(cp) == Character.NON_SPACING_MARK
                    && !word.matcher(Character.toString(cp)).matches()) {
                broken.add("mark " + Integer.toHexString(cp));
            }
            int f = CaseFold.fold(cp);
            if (f == cp) {
                continue;
            }
            String a = Character.toString(cp);
            String b = Character.toString(f);
            boolean same = Character.charCount(cp) == Character.charCount(f)
                    && CaseFold.fold(f) == f
                    && word.matcher(a).matches() == word.matcher(b).matches()
                    && space.matcher(a).matches() == space.matcher(b).matches()
                    && any.matcher(a).matches() == any.matcher(b).matches()
                    && digit.matcher(a).matches() == digit.matcher(b).matches();
            if (!same) {
                broken.add(Integer.toHexString(cp));
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void foldMatchesTheRegexDefinitionAndLeavesFoldedTextAlone() {
        assertThat(CaseFold.fold("I\u2019M SORRY \u0130 \u017f")).isEqualTo("i\u2019m sorry i s");
        String lower = "i'm sorry, but i can't help with that. 抱歉 ขออภัย மன்னிக்கவும் xin lỗi";
        assertThat(CaseFold.fold(lower)).isSameAs(lower);
        for (int cp = 0; cp < 0x80; cp++) {
            assertThat(CaseFold.fold(cp)).isEqualTo(Character.toLowerCase(Character.toUpperCase(cp)));
        }
    }

    @Test
    void everyShippedCueRunsOnFoldedText() {
        assertThat(BOOK.compiled())
                .allSatisfy(c -> assertThat(c.onFolded()).as(c.cue().id()).isTrue());
    }

    @Test
    void patternsThatCompareByOtherRulesStayCaseInsensitive() {
        assertThat(CaseFold.foldable("\\bi can't\\b(?! but)")).isTrue();
        assertThat(CaseFold.foldable("[,.]? (?:i|we)")).isTrue();
        assertThat(CaseFold.foldable("I can't")).isFalse(); // an upper-case literal
        assertThat(CaseFold.foldable("\\Bx")).isFalse();
        assertThat(CaseFold.foldable("\\u0130")).isFalse();
        assertThat(CaseFold.foldable("\\p{lu}")).isFalse();
        assertThat(CaseFold.foldable("[a-z]+")).isFalse();
        assertThat(CaseFold.foldable("[\u00e0\u00e9]")).isFalse();
        assertThat(CaseFold.foldable("(?i)x")).isFalse();
        assertThat(CaseFold.foldable("(a)\\1")).isFalse();
        assertThat(CaseFold.folded(Pattern.compile("x"))).isEmpty(); // other flags
    }

    /**
     * Each literal character of the cue files, on its own and in a class, against every cased character and itself:
     * the case-insensitive pattern matches exactly the characters that fold to it.
     */
    @Test
    void everyLiteralOfTheCueFilesMatchesWhatFoldsToIt() {
        TreeSet<Integer> literals = new TreeSet<>();
        for (Cue c : BOOK.cues()) {
            c.pattern()
                    .pattern()
                    .codePoints()
                    .filter(Character::isLetterOrDigit)
                    .forEach(literals::add);
        }
        List<Integer> cased = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.toUpperCase(cp) != cp || Character.toLowerCase(cp) != cp || CaseFold.fold(cp) != cp) {
                cased.add(cp);
            }
        }
        List<String> broken = new ArrayList<>();
        for (int p : literals) {
            String quoted = Pattern.quote(Character.toString(p));
            Pattern single = Pattern.compile(quoted, CaseFold.FLAGS);
            Pattern inClass = Pattern.compile("[" + Character.toString(p) + ",]", CaseFold.FLAGS);
            List<Integer> candidates = new ArrayList<>(cased);
            candidates.add(p);
            for (int t : candidates) {
                String text = Character.toString(t);
                boolean expected = CaseFold.fold(t) == p;
                if (single.matcher(text).matches() != expected
                        || inClass.matcher(text).matches() != expected) {
                    broken.add(Character.toString(p) + " vs U+" + Integer.toHexString(t));
                }
            }
        }
        assertThat(literals).hasSizeGreaterThan(100);
        assertThat(broken).isEmpty();
    }

    /** Both ways side by side, cue by cue, on generated text made of cue fragments and oddly cased characters. */
    @Test
    void everyCueFindsTheSameOnGeneratedResponses() {
        List<String> fragments = new ArrayList<>();
        for (Cue c : BOOK.cues()) {
            for (String piece : c.pattern().pattern().split("[()|?\\\\\\[\\]{}*+.]+")) {
                if (!piece.isBlank()) {
                    fragments.add(piece.replace("''", "'"));
                }
            }
        }
        Random random = new Random(42);
        int differences = 0;
        int matched = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int k = 0; k < parts; k++) {
                String f = fragments.get(random.nextInt(fragments.size()));
                b.append(random.nextInt(4) == 0 ? f.toUpperCase(java.util.Locale.ROOT) : f);
                b.append(random.nextInt(3) == 0 ? " " : "");
                if (random.nextInt(5) == 0) {
                    b.append(ODD.charAt(random.nextInt(ODD.length())));
                }
            }
            String text = ResponseText.normalise(b.toString());
            String folded = CaseFold.fold(text);
            for (CueBook.Compiled c : BOOK.compiled()) {
                boolean reference = c.cue().pattern().matcher(text).find();
                matched += reference ? 1 : 0;
                if (reference != c.find(text, folded)) {
                    differences++;
                }
            }
        }
        assertThat(matched).isGreaterThan(1_000); // the generated text does hit cues
        assertThat(differences).isZero();
    }

    @Test
    void oddCaseMappingsMatchAsBefore() {
        // "ı" (dotless i) folds to "i": the case-insensitive cue matched it, and so does the folded one
        for (String s :
                List.of("\u0131 cannot provide that", "\u017forry, but i can't", "I\u2019M SORRY, I CAN\u2019T")) {
            String text = ResponseText.normalise(s);
            String folded = CaseFold.fold(text);
            for (CueBook.Compiled c : BOOK.compiled()) {
                assertThat(c.find(text, folded))
                        .as(c.cue().id() + " on " + s)
                        .isEqualTo(c.cue().pattern().matcher(text).find());
            }
        }
    }
}
