package sg.assay.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import sg.assay.ConfigException;
import sg.assay.stats.CochranQ;
import sg.assay.stats.Multiplicity;
import sg.assay.stats.Proportions;

/** Builds a {@link ParityReport} from observations of one binary metric. */
public final class ParityAnalysis {
    private static final double RATE_LEVEL = 0.95;

    private ParityAnalysis() {}

    /**
     * Analyses one metric.
     *
     * @param metric the metric's name, for the report
     * @param observations one binary value per intent, language and epoch
     * @param settings the reference language, margin and the rest
     */
    public static ParityReport analyse(String metric, List<Observation> observations, ParitySettings settings) {
        if (observations.isEmpty()) {
            throw new ConfigException("parity needs observations; got none for metric '" + metric + "'");
        }
        ParityData data = ParityData.of(observations, settings.reference());
        int comparisons = data.languages().size() - 1;
        double level = Multiplicity.bonferroniLevel(settings.familyLevel(), comparisons);
        List<LanguageRate> rates = rates(data);
        List<LanguageComparison> compared = Comparisons.of(data, settings, level);
        OptionalDouble largest = OptionalDouble.of(0);
        for (LanguageComparison c : compared) {
            largest = c.minimumDetectableDifference().isPresent() && largest.isPresent()
                    ? OptionalDouble.of(Math.max(
                            largest.getAsDouble(),
                            c.minimumDetectableDifference().getAsDouble()))
                    : OptionalDouble.empty();
        }
        PowerSummary power = new PowerSummary(
                settings.power(),
                1 - level,
                settings.correlation(),
                largest,
                "normal approximation to McNemar's test (Connor 1987) at the reference language's observed rate,"
                        + " with within-intent correlation " + settings.correlation()
                        + "; n = the intents paired with the reference");
        return new ParityReport(
                metric,
                settings,
                data.intents().size(),
                data.maxEpochs(),
                level,
                rates,
                compared,
                cochranQ(data, settings),
                GapBootstrap.of(data, settings),
                power,
                CategoryAnalysis.of(data, settings));
    }

    private static List<LanguageRate> rates(ParityData data) {
        List<LanguageRate> out = new ArrayList<>();
        for (String language : data.languages()) {
            Map<ParityData.Cell, Integer> values = data.values(language);
            long n = values.size();
            long positives = values.values().stream().filter(v -> v == 1).count();
            int intents = (int) values.keySet().stream()
                    .map(ParityData.Cell::intent)
                    .distinct()
                    .count();
            out.add(new LanguageRate(
                    language,
                    n,
                    positives,
                    intents,
                    Proportions.wilson(positives, n, RATE_LEVEL),
                    Proportions.clopperPearsonUpper(positives, n, RATE_LEVEL)));
        }
        return out;
    }

    private static Optional<CochranQ> cochranQ(ParityData data, ParitySettings settings) {
        List<ParityData.Cell> cells = data.completeCells();
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        List<String> languages = data.languages();
        int[][] blocks = new int[cells.size()][languages.size()];
        int[] cluster = new int[cells.size()];
        List<String> intents = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            ParityData.Cell cell = cells.get(i);
            for (int l = 0; l < languages.size(); l++) {
                blocks[i][l] = data.values(languages.get(l)).getOrDefault(cell, 0);
            }
            if (intents.isEmpty() || !intents.get(intents.size() - 1).equals(cell.intent())) {
                intents.add(cell.intent());
            }
            cluster[i] = intents.size() - 1;
        }
        return Optional.of(
                data.maxEpochs() > 1
                        ? CochranQ.permutation(blocks, cluster, settings.seed(), settings.replicates())
                        : CochranQ.test(blocks));
    }
}
