package sg.assay.redteam.campaign;

import java.util.List;
import sg.assay.message.Message;

/**
 * The results of a campaign ({@code docs/schemas/redteam-report.schema.json}).
 *
 * @param campaign the campaign id
 * @param target the system under test
 * @param attacker the attacker model, or empty
 * @param judge the judge and its rubric
 * @param demo true when the target, attacker or judge is a built-in mock: a demo, not a measurement
 * @param runs runs in the campaign (strategy × converter × language)
 * @param attacks attacks stored
 * @param measured attacks that ran to an end and count in the rates
 * @param attackerFailures attacks that failed because the attacker gave no usable prompt (not target resistance)
 * @param otherFailures attacks that failed for another reason (target errors)
 * @param judgeErrors turns the judge could not score, over all attacks
 * @param overall the attack success rate over all measured attacks
 * @param rates the rate by strategy, converter, language and category
 * @param curves the probability of success against the query budget (Kaplan-Meier), overall and per strategy
 * @param behaviours per behaviour, whether any attack succeeded
 * @param best the best successful attack per behaviour
 * @param correction how rates are corrected for judge error, or why they are not
 * @param cost tokens and cost by role over all attacks, and the cost per successful attack
 */
public record CampaignView(
        String campaign,
        String target,
        String attacker,
        String judge,
        boolean demo,
        int runs,
        int attacks,
        int measured,
        int attackerFailures,
        int otherFailures,
        int judgeErrors,
        Rate overall,
        List<Rate> rates,
        List<Curve> curves,
        List<BehaviourRow> behaviours,
        List<BestAttack> best,
        String correction,
        CampaignCost cost) {
    public CampaignView {
        rates = List.copyOf(rates);
        curves = List.copyOf(curves);
        behaviours = List.copyOf(behaviours);
        best = List.copyOf(best);
    }

    /** This view with its cost computed under other prices. */
    public CampaignView withCost(CampaignCost c) {
        return new CampaignView(
                campaign,
                target,
                attacker,
                judge,
                demo,
                runs,
                attacks,
                measured,
                attackerFailures,
                otherFailures,
                judgeErrors,
                overall,
                rates,
                curves,
                behaviours,
                best,
                correction,
                c);
    }

    /** The words every report of a mock-driven campaign carries. */
    public static final String DEMO = "demo, not a measurement";

    /**
     * An attack success rate with its 95% interval, clustered by behaviour.
     *
     * @param dimension all, strategy, converter, language or category
     * @param value the value of the dimension
     * @param attacks measured attacks
     * @param behaviours distinct behaviours among them (the clusters)
     * @param successes successful attacks
     * @param estimate successes / attacks
     * @param lower lower bound
     * @param upper upper bound
     * @param method wilson (one attack per behaviour) or wilson-deff (Wilson at the design-effect sample size)
     * @param corrected whether a judge-error correction applied
     * @param correctedEstimate the corrected estimate (0 when not corrected)
     * @param correctedLower its lower bound (0 when not corrected)
     * @param correctedUpper its upper bound (0 when not corrected)
     * @param validation the judge's validation cited for the rate's language, {@code not validated for this
     *     language}, or why there is no correction
     */
    public record Rate(
            String dimension,
            String value,
            int attacks,
            int behaviours,
            int successes,
            double estimate,
            double lower,
            double upper,
            String method,
            boolean corrected,
            double correctedEstimate,
            double correctedLower,
            double correctedUpper,
            String validation) {}

    /**
     * A Kaplan-Meier curve of queries to success: successes are events, attacks that ended without one are censored
     * at the queries they spent.
     *
     * @param strategy the strategy, or {@code all}
     * @param attacks attacks in the curve
     * @param successes successes among them
     * @param points one point per query count at which some attack succeeded
     */
    public record Curve(String strategy, int attacks, int successes, List<Point> points) {
        public Curve {
            points = List.copyOf(points);
        }
    }

    /**
     * The probability that an attack has succeeded within {@code queries} queries, with its 95% interval.
     *
     * @param queries the query budget
     * @param atRisk attacks still running just before it
     * @param events successes at it
     * @param success 1 − S(queries)
     * @param lower lower bound (Greenwood variance, log(−log) scale)
     * @param upper upper bound
     */
    public record Point(int queries, int atRisk, int events, double success, double lower, double upper) {}

    /**
     * One behaviour across the campaign.
     *
     * @param behaviour its sample id
     * @param category its category
     * @param attacks measured attacks on it
     * @param successes successful attacks on it
     * @param strategies the strategies that succeeded at least once
     */
    public record BehaviourRow(String behaviour, String category, int attacks, int successes, List<String> strategies) {
        public BehaviourRow {
            strategies = List.copyOf(strategies);
        }

        public boolean anySuccess() {
            return successes > 0;
        }
    }

    /**
     * The best successful attack on a behaviour: the fewest queries, then the highest score.
     *
     * @param behaviour the behaviour
     * @param category its category
     * @param run the run it belongs to
     * @param strategy its strategy
     * @param converter its converter chain
     * @param language its language
     * @param queries queries it needed
     * @param score its best judge score
     * @param transcript every exchange with the target in that attack
     */
    public record BestAttack(
            String behaviour,
            String category,
            String run,
            String strategy,
            String converter,
            String language,
            int queries,
            int score,
            List<Message> transcript) {
        public BestAttack {
            transcript = List.copyOf(transcript);
        }
    }
}
