package sg.assay.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemCheckerTest {

    /** An identifier that answers the same confidences for every text. */
    private static LanguageIdentifier fixed(Map<String, Double> confidences) {
        return text -> new Identification(confidences);
    }

    private static List<LanguageProblem> check(
            LanguageIdentifier id, AllowList allow, Language lang, Register reg, String text) {
        return new ItemChecker(id, Agreement.defaults(), allow)
                .check(new LanguageItem("x-" + lang.tag(), lang, reg, text));
    }

    private static List<String> checks(List<LanguageProblem> problems) {
        return problems.stream().map(LanguageProblem::check).toList();
    }

    @Test
    void thaiInLatinScriptIsAScriptProblem() {
        var problems = check(fixed(Map.of()), AllowList.empty(), Language.TH, Register.STANDARD, "sawasdee krap");
        assertThat(checks(problems)).containsExactly("script");
        assertThat(problems.getFirst().message()).startsWith("expected thai script, found 0%");
    }

    @Test
    void tamilAndSimplifiedChinesePassTheirScripts() {
        assertThat(check(
                        fixed(Map.of()),
                        AllowList.empty(),
                        Language.TA,
                        Register.STANDARD,
                        "வணக்கம், எப்படி இருக்கிறீர்கள்?"))
                .isEmpty();
        assertThat(check(fixed(Map.of()), AllowList.empty(), Language.ZH_HANS, Register.STANDARD, "这个怎么用WhatsApp举报？"))
                .isEmpty();
    }

    @Test
    void traditionalCharactersInZhHansAreFlagged() {
        var problems = check(fixed(Map.of()), AllowList.empty(), Language.ZH_HANS, Register.STANDARD, "這個怎麼用？");
        assertThat(checks(problems)).containsExactly("simplified");
        assertThat(problems.getFirst().message()).contains("這").contains("麼");
    }

    @Test
    void vietnameseWithoutDiacriticsIsFlagged() {
        Map<String, Double> vi = Map.of("vi", 1.0);
        assertThat(checks(check(
                        fixed(vi),
                        AllowList.empty(),
                        Language.VI,
                        Register.STANDARD,
                        "lam sao de biet tin nhan nay la lua dao")))
                .containsExactly("diacritics");
        assertThat(check(
                        fixed(vi),
                        AllowList.empty(),
                        Language.VI,
                        Register.STANDARD,
                        "Làm sao để biết tin nhắn này là lừa đảo?"))
                .isEmpty();
    }

    @Test
    void malayIdentifiedAsIndonesianIsFlagged() {
        var problems = check(
                fixed(Map.of("id", 1.0, "ms", 0.94)),
                AllowList.empty(),
                Language.MS,
                Register.STANDARD,
                "Bagaimana cara melaporkan penipuan kepada polis?");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.check()).isEqualTo("identification");
            assertThat(p.message()).startsWith("malay item identified as indonesian (id 1.00, ms 0.94)");
        });
    }

    @Test
    void singlishPassesAsEnglishOrAllowed() {
        String text = "Eh this one how to report ah, my auntie kena scam already";
        assertThat(check(
                        fixed(Map.of("en", 0.92, "ms", 1.0)),
                        AllowList.empty(),
                        Language.EN_SG,
                        Register.COLLOQUIAL,
                        text))
                .isEmpty();
        LanguageIdentifier tagalog = fixed(Map.of("fil", 1.0, "en", 0.85));
        assertThat(checks(check(tagalog, AllowList.empty(), Language.EN_SG, Register.COLLOQUIAL, text)))
                .containsExactly("identification");
        AllowList allow = new AllowList(List.of(new AllowList.Entry("x-en-SG", "identification", "particles")));
        assertThat(check(tagalog, allow, Language.EN_SG, Register.COLLOQUIAL, text))
                .isEmpty();
    }

    @Test
    void codeMixedItemsGetTheLooserRule() {
        LanguageIdentifier mostlyEnglish = fixed(Map.of("en", 1.0, "fil", 0.85, "id", 0.8));
        String taglish = "Paano ba mag-report ng scam sa bank, pa-help naman please";
        assertThat(check(mostlyEnglish, AllowList.empty(), Language.FIL, Register.CODE_MIXED, taglish))
                .isEmpty();
        assertThat(checks(check(mostlyEnglish, AllowList.empty(), Language.FIL, Register.STANDARD, taglish)))
                .containsExactly("identification");
    }

    @Test
    void shortTextSkipsIdentification() {
        assertThat(check(fixed(Map.of("id", 1.0)), AllowList.empty(), Language.MS, Register.STANDARD, "Boleh tak?"))
                .isEmpty();
    }

    @Test
    void indonesianWordsInAMalayItemAreFlagged() {
        var problems = check(
                LanguageIdentifier.none(),
                AllowList.empty(),
                Language.MS,
                Register.CODE_MIXED,
                "Gimana nak bikin duit cepat, bisa tolong tak?");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.check()).isEqualTo("vocabulary");
            assertThat(p.message()).isEqualTo("indonesian words in a malay item: bikin, bisa, gimana");
        });
        assertThat(check(
                        LanguageIdentifier.none(),
                        AllowList.empty(),
                        Language.ID,
                        Register.COLLOQUIAL,
                        "Gimana caranya bikin duit cepat?"))
                .isEmpty();
    }

    @Test
    void silentIdentifierSkipsIdentification() {
        assertThat(check(
                        LanguageIdentifier.none(),
                        AllowList.empty(),
                        Language.FIL,
                        Register.STANDARD,
                        "This is plainly English and not Filipino at all"))
                .isEmpty();
    }
}
