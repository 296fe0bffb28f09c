package sg.assay.redteam.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import sg.assay.json.Json;
import sg.assay.message.Message;

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
 * @param turns the turn log (attacker reasoning, judge scores, pruning, backtracking)
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

    /** The finding of an attack, with {@code cost} its priced usage ({@link AttackCost#of}). */
    public static Finding of(String campaign, boolean demo, String target, AttackRecord a, AttackCost cost) {
        JsonNode turns;
        try {
            turns = Json.mapper().readTree(a.log());
        } catch (IOException e) {
            turns = Json.mapper().createArrayNode();
        }
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
