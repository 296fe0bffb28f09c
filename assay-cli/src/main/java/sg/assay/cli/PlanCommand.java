package sg.assay.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sg.assay.parity.Plan;
import sg.assay.parity.PlanRequest;
import sg.assay.parity.Planner;
import sg.assay.report.ReportJson;

/**
 * {@code assay plan}: how many paired intents a suite needs to detect a gap between languages (and to show
 * equivalence within a margin), with the Bonferroni adjustment over the comparisons with the reference language.
 */
@Command(
        name = "plan",
        description = "Plan a suite's size: paired intents needed to detect (or rule out) a language gap.")
final class PlanCommand implements Callable<Integer> {
    @Option(
            names = "--languages",
            defaultValue = "9",
            description = "languages including the reference (default: ${DEFAULT-VALUE})")
    int languages;

    @Option(names = "--baseline", required = true, description = "the reference language's expected rate, e.g. 0.10")
    double baseline;

    @Option(names = "--detect", required = true, description = "the gap to detect, e.g. 0.10 (10 points)")
    double detect;

    @Option(names = "--margin", defaultValue = "0", description = "equivalence margin, e.g. 0.05 (0: none)")
    double margin;

    @Option(names = "--power", defaultValue = "0.8", description = "power per comparison (default: ${DEFAULT-VALUE})")
    double power;

    @Option(
            names = "--correlation",
            defaultValue = "0",
            description = "assumed within-intent correlation between languages (0: independent, conservative)")
    double correlation;

    @Option(names = "--json", description = "print one JSON document (docs/schemas/plan.schema.json)")
    boolean json;

    @Override
    public Integer call() {
        PlanRequest request = PlanRequest.of(languages, baseline, detect)
                .withMargin(margin)
                .withPower(power)
                .withCorrelation(correlation);
        Plan plan = Planner.plan(request);
        if (json) {
            System.out.println(ReportJson.writePretty(plan));
            return 0;
        }
        System.out.println(String.format(
                Locale.ROOT,
                "%d languages: %d comparisons with the reference at alpha %.4f each (Bonferroni)",
                languages,
                plan.comparisons(),
                plan.alphaPerComparison()));
        System.out.println(String.format(
                Locale.ROOT,
                "to detect %.0f points over a baseline of %.0f%% with %.0f%% power: %d paired intents",
                detect * 100,
                baseline * 100,
                power * 100,
                plan.intentsToDetect()));
        plan.intentsForEquivalence()
                .ifPresent(n -> System.out.println(String.format(
                        Locale.ROOT,
                        "to show equivalence within ±%.0f points (true difference 0): %d paired intents",
                        margin * 100,
                        n)));
        plan.assumptions().forEach(a -> System.out.println("  assumes: " + a));
        return 0;
    }
}
