package sg.assay.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinguaIdentifierTest {
    private static final LinguaIdentifier LINGUA = new LinguaIdentifier();

    @Test
    void identifiesScriptLanguagesAndVietnamese() {
        assertThat(LINGUA.identify("วันนี้อากาศดีมาก").top()).contains("th");
        assertThat(LINGUA.identify("இன்று வானிலை நன்றாக இருக்கிறது").top()).contains("ta");
        assertThat(LINGUA.identify("今天天气很好").top()).contains("zh");
        assertThat(LINGUA.identify("Hôm nay thời tiết rất đẹp, chúng ta đi chơi nhé")
                        .top())
                .contains("vi");
    }

    @Test
    void separatesEnglishFromTagalog() {
        assertThat(LINGUA.identify("How do I report a scam message to the police?")
                        .top())
                .contains("en");
        assertThat(LINGUA.identify("Paano ko ba maiuulat sa pulis ang isang mensaheng panloloko?")
                        .top())
                .contains("fil");
    }

    @Test
    void confidencesAreRelativeToTheTopLanguage() {
        Identification id = LINGUA.identify("Saya mahu tahu bagaimana hendak melaporkan penipuan kepada polis");
        assertThat(id.top()).contains("ms");
        assertThat(id.confidence("ms")).isEqualTo(1.0);
        assertThat(id.confidence("id")).isBetween(0.5, 0.999);
        assertThat(id.confidence("en")).isLessThan(id.confidence("id"));
    }
}
