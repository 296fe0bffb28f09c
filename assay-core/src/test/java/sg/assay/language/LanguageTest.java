package sg.assay.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sg.assay.ConfigException;

class LanguageTest {

    @ParameterizedTest
    @CsvSource({"en,en", "EN-sg,en-SG", "zh_hans,zh-Hans", "ZH-HANS,zh-Hans", "Fil,fil", "id,id", "ms,ms", "tl,tl"})
    void normalisesCaseAndSeparators(String given, String expected) {
        assertThat(LanguageTag.normalise(given)).isEqualTo(expected);
    }

    @Test
    void malformedTagIsAOneLineConfigError() {
        assertThatThrownBy(() -> LanguageTag.normalise("english!"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("language tag 'english!' is not well-formed BCP 47; expected e.g. en-SG");
        assertThat(LanguageTag.isWellFormed("")).isFalse();
    }

    @Test
    void findsTheNineLanguagesWithScripts() {
        assertThat(Language.all()).hasSize(9);
        assertThat(Language.of("zh-hans")).isEqualTo(Language.ZH_HANS);
        assertThat(Language.of("th").script()).isEqualTo(Script.THAI);
        assertThat(Language.of("ta").script()).isEqualTo(Script.TAMIL);
        assertThat(Language.of("en-SG").identifiedAs()).isEqualTo("en");
        assertThat(Language.find("tl")).isEmpty();
    }

    @Test
    void unknownLanguageListsTheKnownOnes() {
        assertThatThrownBy(() -> Language.of("my"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(
                        "language 'my' is not one of the suite languages; known: en, en-SG, ms, zh-Hans, ta, id, th,"
                                + " vi, fil");
    }

    @Test
    void registersParseTheirLabels() {
        assertThat(Register.parse("Code-Mixed")).isEqualTo(Register.CODE_MIXED);
        assertThatThrownBy(() -> Register.parse("slang"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'slang'");
    }
}
