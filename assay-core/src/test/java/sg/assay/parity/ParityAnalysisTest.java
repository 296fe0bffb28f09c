package sg.assay.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;
import sg.assay.json.Json;
import sg.assay.stats.PairedCounts;
import sg.assay.stats.PairedProportions;

class ParityAnalysisTest {
    private static final ParitySettings SETTINGS = ParitySettings.defaults("en").withReplicates(2000);

    /** en 20/200; "de" identical; "fr" +40 only-fr pairs; "ja" 20 only-en; "ko" 14 vs 10 discordant. */
    private static List<Observation> fourLanguages() {
        List<Observation> obs = new ArrayList<>();
        ParityFixtures.table(obs, "de", 20, 0, 0, 200, true);
        ParityFixtures.table(obs, "fr", 20, 40, 0, 200, false);
        ParityFixtures.table(obs, "ja", 0, 0, 20, 200, false);
        ParityFixtures.table(obs, "ko", 10, 14, 10, 200, false);
        return obs;
    }

    @Test
    void verdictsFollowThePairedIntervals() {
        ParityReport report = ParityAnalysis.analyse("non-refusal", fourLanguages(), SETTINGS);
        assertThat(report.comparisonLevel()).isCloseTo(1 - 0.05 / 4, within(1e-12));
        assertThat(comparison(report, "de").verdict()).isEqualTo(Verdict.EQUIVALENT);
        assertThat(comparison(report, "fr").verdict()).isEqualTo(Verdict.WORSE);
        assertThat(comparison(report, "ja").verdict()).isEqualTo(Verdict.BETTER);
        assertThat(comparison(report, "ko").verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    /** The comparison equals Tango's interval on the same 2×2 table, at the Bonferroni level 1 − 0.05/4. */
    @Test
    void comparisonUsesTangoAtTheAdjustedLevel() {
        ParityReport report = ParityAnalysis.analyse("non-refusal", fourLanguages(), SETTINGS);
        LanguageComparison fr = comparison(report, "fr");
        PairedCounts table = new PairedCounts(20, 40, 0, 140);
        assertThat(fr.paired().counts()).contains(table);
        assertThat(fr.paired().difference().lower())
                .isCloseTo(PairedProportions.tango(table, 0.9875).lower(), within(1e-12));
        assertThat(fr.difference()).isCloseTo(0.2, within(1e-12));
        assertThat(fr.paired().test()).isEqualTo("mcnemar-mid-p");
        assertThat(fr.holmP()).isGreaterThanOrEqualTo(fr.paired().pValue());
        assertThat(fr.minimumDetectableDifference()).isPresent();
    }

    @Test
    void ratesGapCochranAndCategories() {
        ParityReport report = ParityAnalysis.analyse("non-refusal", fourLanguages(), SETTINGS);
        assertThat(report.languages()).extracting(LanguageRate::language).containsExactly("en", "de", "fr", "ja", "ko");
        LanguageRate fr = report.languages().get(2);
        assertThat(fr.rate()).isCloseTo(0.30, within(1e-12));
        assertThat(fr.exactUpper()).isGreaterThan(fr.wilson().estimate());
        assertThat(report.gap().worst()).isEqualTo("fr");
        assertThat(report.gap().best()).isEqualTo("ja");
        assertThat(report.gap().gap()).isCloseTo(0.30, within(1e-12));
        assertThat(report.cochranQ())
                .hasValueSatisfying(q -> assertThat(q.pValue()).isLessThan(1e-6));
        assertThat(report.categories().categories()).containsExactly("fraud", "weapons");
        assertThat(report.categories().cells()).hasSize(10);
        assertThat(report.categories().cell("fr", "weapons").orElseThrow().flagged())
                .isTrue();
        assertThat(report.categories().cell("de", "weapons").orElseThrow().flagged())
                .isFalse();
        assertThat(report.categories().cell("en", "fraud").orElseThrow().qValue())
                .isEmpty();
    }

    @Test
    void higherIsBetterSwapsTheDirection() {
        ParitySettings settings = SETTINGS.withDirection(Direction.HIGHER_IS_BETTER);
        ParityReport report = ParityAnalysis.analyse("refusal", fourLanguages(), settings);
        assertThat(comparison(report, "fr").verdict()).isEqualTo(Verdict.BETTER);
        assertThat(report.gap().worst()).isEqualTo("ja");
    }

    @Test
    void epochsSwitchToClusteredMethods() {
        List<Observation> obs = ParityFixtures.simulate(new double[] {0.1, 0.3}, new String[] {"en", "ms"}, 150, 3, 1);
        ParityReport report = ParityAnalysis.analyse("non-refusal", obs, SETTINGS);
        LanguageComparison ms = report.comparisons().get(0);
        assertThat(report.maxEpochs()).isEqualTo(3);
        assertThat(ms.paired().difference().method()).isEqualTo("cluster-bootstrap-percentile");
        assertThat(ms.paired().test()).isEqualTo("cluster-sign-flip");
        assertThat(ms.paired().clusters()).isEqualTo(150);
        assertThat(ms.verdict()).isEqualTo(Verdict.WORSE);
        assertThat(report.cochranQ().orElseThrow().method()).isEqualTo("cluster-permutation");
    }

    @Test
    void sameSeedSameReport() {
        List<Observation> obs =
                ParityFixtures.simulate(new double[] {0.1, 0.15, 0.2}, new String[] {"en", "ms", "ta"}, 80, 2, 3);
        assertThat(ParityAnalysis.analyse("m", obs, SETTINGS)).isEqualTo(ParityAnalysis.analyse("m", obs, SETTINGS));
    }

    @Test
    void serialisesToJson() {
        String json = Json.write(ParityAnalysis.analyse("non-refusal", fourLanguages(), SETTINGS));
        assertThat(json)
                .contains("\"verdict\":\"WORSE\"")
                .contains("\"minimumDetectableDifference\":")
                .contains("\"seed\":" + ParitySettings.DEFAULT_SEED)
                .contains("\"cochranQ\":{");
    }

    @Test
    void badInputGivesOneLineConfigErrors() {
        List<Observation> obs = fourLanguages();
        assertThatThrownBy(() -> ParityAnalysis.analyse("m", obs, ParitySettings.defaults("zz")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("reference language 'zz' not found; known: de, en, fr, ja, ko");
        List<Observation> dup = new ArrayList<>(obs);
        dup.add(obs.get(0));
        assertThatThrownBy(() -> ParityAnalysis.analyse("m", dup, SETTINGS))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("duplicate observation");
        assertThatThrownBy(() -> new Observation("i", "en", "", 1, 2)).isInstanceOf(ConfigException.class);
    }

    private static LanguageComparison comparison(ParityReport report, String language) {
        return report.comparisons().stream()
                .filter(c -> c.language().equals(language))
                .findFirst()
                .orElseThrow();
    }
}
