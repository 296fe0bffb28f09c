package sg.assay.redteam.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import sg.assay.json.Json;
import sg.assay.message.Message;
import sg.assay.target.Usage;

/**
 * One line of {@code assay redteam export}: an attack with everything needed to reproduce and review it
 * ({@code docs/schemas/redteam-finding.schema.json}).
 *
 * @param campaign the campaign id
 * @param run the run id
 * @param demo true when a mock drove the campaign
 * @param target the system under test
 * @param behaviour the behaviour's sample id
 * @param category its category
 * @param strategy the strategy
 * @param converter the converter chain
 * @param language the delivery language
 * @param status completed, failed or blocked
 * @param success whether it succeeded
 * @param queries target queries spent
 * @param bestScore the highest judge score
 * @param transcript every exchange with the target
 * @param turns the turn log (attacker reasoning, judge scores, pruning, backtracking, cumulative spending)
 * @param cost the tokens and cost of the attack's target, attacker and judge
 */
public record Finding(
        String campaign,
        String run,
        boolean demo,
        String target,
        String behaviour,
        String category,
        String strategy,
        String converter,
        String language,
        String status,
        boolean success,
        int queries,
        int bestScore,
        List<Message> transcript,
        JsonNode turns,
        AttackCost cost) {
    public Finding {
        transcript = List.copyOf(transcript);
    }

    /** The finding of an attack, with {@code cost} its priced usage ({@link AttackCost#of}); turns are not priced. */
    public static Finding of(String campaign, boolean demo, String target, AttackRecord a, AttackCost cost) {
        return of(campaign, demo, target, a, cost, turns(a));
    }

    /**
     * The finding of an attack priced by {@code price} ({@link AttackCost#of} with the campaign's models): the attack's
     * usage, and each turn's cumulative spending ({@code spent}) gets its {@code cost} and {@code currency} so far.
     * Turns stored before turns carried their spending are left as they are.
     */
    public static Finding of(
            String campaign, boolean demo, String target, AttackRecord a, Function<AttackUsage, AttackCost> price) {
        JsonNode turns = turns(a);
        for (JsonNode t : turns) {
            if (t.get("spent") instanceof ObjectNode spent) {
                AttackCost c = price.apply(new AttackUsage(
                        usage(spent.path("target")), usage(spent.path("attacker")), usage(spent.path("judge"))));
                Double total = c.total();
                if (total == null) {
                    spent.putNull("cost");
                } else {
                    spent.put("cost", total.doubleValue());
                }
                spent.put("currency", c.currency());
            }
        }
        return of(campaign, demo, target, a, price.apply(a.usage()), turns);
    }

    private static Usage usage(JsonNode n) {
        return new Usage(
                n.path("input_tokens").asLong(),
                n.path("output_tokens").asLong(),
                n.path("requests").asLong());
    }

    private static JsonNode turns(AttackRecord a) {
        try {
            return Json.mapper().readTree(a.log());
        } catch (IOException e) {
            return Json.mapper().createArrayNode();
        }
    }

    private static Finding of(
            String campaign, boolean demo, String target, AttackRecord a, AttackCost cost, JsonNode turns) {
        return new Finding(
                campaign,
                a.runId(),
                demo,
                target,
                a.behaviour(),
                a.category(),
                a.strategy(),
                a.converter(),
                a.language(),
                a.status(),
                a.success(),
                a.queries(),
                a.bestScore(),
                a.transcript(),
                turns,
                cost);
    }
}
