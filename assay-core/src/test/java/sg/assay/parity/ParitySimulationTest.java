package sg.assay.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import sg.assay.stats.Interval;
import sg.assay.stats.PairedCounts;
import sg.assay.stats.PairedProportions;

/**
 * Monte Carlo checks of the parity procedures where the truth is known: the gap interval's coverage (only for true
 * gaps of at least 5 points, see {@link ParityGap}), the family-wise error of the verdicts, and the planner's power.
 * Seeded and capped; tolerance 3 Monte Carlo standard errors.
 */
@EnabledIfSystemProperty(named = "assay.slow", matches = "true")
class ParitySimulationTest {
    private static final String[] FIVE = {"en", "ms", "ta", "zh", "id"};

    /**
     * Five languages, 300 intents, true gaps 0.10 and 0.15 from a 0.10 or 0.20 baseline. A 5-point gap is left out on
     * purpose: over 300 intents it is about two standard errors wide and the percentile interval then under-covers
     * (80–86% measured; documented in {@link ParityGap} and docs/statistics.md).
     */
    @Test
    void gapIntervalCoversTrueGapsOfFivePointsOrMore() {
        ParitySettings settings = ParitySettings.defaults("en").withReplicates(500);
        int covered = 0;
        int total = 0;
        for (double base : new double[] {0.10, 0.20}) {
            for (double gap : new double[] {0.10, 0.15}) {
                double[] rates = {base, base + gap / 2, base + gap, base + gap / 4, base + gap / 2};
                for (int r = 0; r < 250; r++) {
                    List<Observation> obs = ParityFixtures.simulate(rates, FIVE, 300, 1, 1000L * total + r);
                    ParityGap g = GapBootstrap.of(ParityData.of(obs, "en"), settings.withSeed(r));
                    covered += g.bootstrap().interval().contains(gap) ? 1 : 0;
                    total++;
                }
            }
        }
        double coverage = (double) covered / total;
        assertThat(coverage).isGreaterThanOrEqualTo(0.95 - 3 * Math.sqrt(0.95 * 0.05 / total));
    }

    /**
     * Nine languages with equal true rates: the chance that any of the eight verdicts says WORSE or BETTER is at most
     * the family-wise 5% (Bonferroni), up to Monte Carlo error.
     */
    @Test
    void verdictsControlTheFamilyWiseError() {
        String[] nine = {"en", "ms", "ta", "zh", "id", "th", "vi", "tl", "my"};
        int falseFindings = 0;
        int total = 0;
        for (double p : new double[] {0.05, 0.10, 0.20, 0.30}) {
            double[] rates = new double[nine.length];
            java.util.Arrays.fill(rates, p);
            for (int r = 0; r < 250; r++) {
                List<Observation> obs = ParityFixtures.simulate(rates, nine, 200, 1, 7919L * total + r);
                ParityData data = ParityData.of(obs, "en");
                List<LanguageComparison> cs = Comparisons.of(data, ParitySettings.defaults("en"), 1 - 0.05 / 8);
                boolean any = cs.stream().anyMatch(c -> c.verdict() == Verdict.WORSE || c.verdict() == Verdict.BETTER);
                falseFindings += any ? 1 : 0;
                total++;
            }
        }
        double rate = (double) falseFindings / total;
        assertThat(rate).isLessThanOrEqualTo(0.05 + 3 * Math.sqrt(0.05 * 0.95 / total));
    }

    /**
     * The planner's n for 9 languages, baseline 0.10, detect 0.10 (330 intents) gives about 80% power for the
     * Bonferroni-level Tango interval to exclude 0, with independent languages as the planner assumes. The normal
     * approximation is allowed 2 points besides the Monte Carlo error.
     */
    @Test
    void plannedSampleSizeGivesTheStatedPower() {
        Plan plan = Planner.plan(PlanRequest.of(9, 0.10, 0.10));
        int n = plan.intentsToDetect();
        double level = 1 - plan.alphaPerComparison();
        double both = 0.10 * 0.20;
        double[] cells = {both, 0.20 - both, 0.10 - both, 1 - 0.30 + both};
        SplittableRandom random = new SplittableRandom(301);
        int detected = 0;
        int reps = 2000;
        for (int r = 0; r < reps; r++) {
            PairedCounts t = draw(random, cells, n);
            Interval iv = PairedProportions.tango(t, level);
            detected += iv.lower() > 0 ? 1 : 0;
        }
        double power = (double) detected / reps;
        double tolerance = 3 * Math.sqrt(0.8 * 0.2 / reps) + 0.02;
        assertThat(power).isBetween(0.80 - tolerance, 0.80 + tolerance);
    }

    private static PairedCounts draw(SplittableRandom random, double[] cells, int n) {
        long[] c = new long[4];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int j = 0;
            double acc = cells[0];
            while (u >= acc && j < 3) {
                acc += cells[++j];
            }
            c[j]++;
        }
        return new PairedCounts(c[0], c[1], c[2], c[3]);
    }
}
