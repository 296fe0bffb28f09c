package sg.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    /** Efron & Tibshirani, An Introduction to the Bootstrap (1993), Table 3.1: law school data, n = 15. */
    private static final double[] LSAT = {576, 635, 558, 578, 666, 580, 555, 661, 651, 605, 653, 575, 545, 572, 594};

    private static final double[] GPA = {
        3.39, 3.30, 2.81, 3.03, 3.44, 3.07, 3.00, 3.43, 3.36, 3.13, 3.12, 2.74, 2.76, 2.88, 2.96
    };

    /**
     * Efron & Tibshirani (1993) §3 and Table 6.1: the sample correlation is 0.776 and the bootstrap standard error of
     * the correlation settles near 0.132 as B grows (0.132 for B = 3200).
     */
    @Test
    void lawSchoolCorrelationStandardErrorMatchesEfronTibshirani() {
        BootstrapInterval b = Bootstrap.percentile(15, BootstrapTest::correlation, 0.95, 2026, 4000);
        assertThat(b.interval().estimate()).isCloseTo(0.776, within(0.0005));
        assertThat(b.standardError()).isCloseTo(0.132, within(0.008));
        assertThat(b.seed()).isEqualTo(2026);
        assertThat(b.replicates()).isEqualTo(4000);
    }

    @Test
    void sameSeedSameIntervalOtherSeedOtherInterval() {
        double[] v = sample(50, 1);
        BootstrapInterval a = Bootstrap.mean(v, 0.95, 7, 500);
        BootstrapInterval b = Bootstrap.mean(v, 0.95, 7, 500);
        BootstrapInterval c = Bootstrap.mean(v, 0.95, 8, 500);
        assertThat(a).isEqualTo(b);
        assertThat(c.interval().lower()).isNotEqualTo(a.interval().lower());
    }

    /** For a mean of many independent values the percentile interval approaches mean ± z·SE. */
    @Test
    void percentileIntervalOfMeanApproachesNormalInterval() {
        double[] v = sample(400, 3);
        Interval normal = Means.normalInterval(Means.mean(v), Means.stderr(v), 0.95, "normal");
        Interval boot = Bootstrap.mean(v, 0.95, 3, 4000).interval();
        assertThat(boot.lower()).isCloseTo(normal.lower(), within(0.1 * normal.width()));
        assertThat(boot.upper()).isCloseTo(normal.upper(), within(0.1 * normal.width()));
    }

    /**
     * For the mean of exponential data the exact interval is 2nX̄/χ²(2n) quantiles, skewed to the right; BCa corrects
     * the percentile interval towards it (Efron & Tibshirani 1993, ch. 14), so its upper limit lies closer.
     */
    @Test
    void bcaCorrectsSkewTowardsTheExactInterval() {
        SplittableRandom random = new SplittableRandom(42);
        double[] v = new double[25];
        for (int i = 0; i < v.length; i++) {
            v[i] = -Math.log(1 - random.nextDouble());
        }
        double mean = Means.mean(v);
        double n = v.length;
        var chi = org.apache.commons.statistics.distribution.ChiSquaredDistribution.of(2 * n);
        double exactUpper = 2 * n * mean / chi.inverseCumulativeProbability(0.025);
        BootstrapInterval pct = Bootstrap.mean(v, 0.95, 9, 6000);
        BootstrapInterval bca = Bootstrap.bca(v.length, idx -> mean(v, idx), 0.95, 9, 6000);
        assertThat(Math.abs(bca.interval().upper() - exactUpper))
                .isLessThan(Math.abs(pct.interval().upper() - exactUpper));
    }

    /** The basic interval reflects the percentile quantiles about the estimate: [2θ̂ − q_hi, 2θ̂ − q_lo]. */
    @Test
    void basicIntervalReflectsThePercentileInterval() {
        double[] v = sample(40, 6);
        Interval pct =
                Bootstrap.percentile(40, idx -> mean(v, idx), 0.9, 3, 1000).interval();
        Interval basic = Bootstrap.basic(40, idx -> mean(v, idx), 0.9, 3, 1000).interval();
        assertThat(basic.lower()).isCloseTo(2 * pct.estimate() - pct.upper(), within(1e-12));
        assertThat(basic.upper()).isCloseTo(2 * pct.estimate() - pct.lower(), within(1e-12));
    }

    /** A cluster bootstrap is wider than the naive one when clusters are internally alike. */
    @Test
    void clusterBootstrapIsWiderForHomogeneousClusters() {
        SplittableRandom random = new SplittableRandom(4);
        List<Means.Observation> obs = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            double v = random.nextDouble() < 0.4 ? 1 : 0;
            for (int e = 0; e < 5; e++) {
                obs.add(new Means.Observation(v, "c" + c));
            }
        }
        double[] values = obs.stream().mapToDouble(Means.Observation::value).toArray();
        Interval naive = Bootstrap.mean(values, 0.95, 1, 2000).interval();
        BootstrapInterval cluster = Bootstrap.clusterMean(obs, 0.95, 1, 2000);
        assertThat(cluster.units()).isEqualTo(60);
        assertThat(cluster.interval().width()).isGreaterThan(1.8 * naive.width());
        double cr1 = Means.clusteredStderr(obs);
        assertThat(cluster.standardError()).isCloseTo(cr1, within(0.15 * cr1));
    }

    private static double correlation(int[] idx) {
        double n = idx.length;
        double sx = 0;
        double sy = 0;
        for (int i : idx) {
            sx += LSAT[i];
            sy += GPA[i];
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i : idx) {
            sxy += (LSAT[i] - mx) * (GPA[i] - my);
            sxx += (LSAT[i] - mx) * (LSAT[i] - mx);
            syy += (GPA[i] - my) * (GPA[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double mean(double[] v, int[] idx) {
        double s = 0;
        for (int i : idx) {
            s += v[i];
        }
        return s / idx.length;
    }

    private static double[] sample(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble() * 10;
        }
        return v;
    }
}
