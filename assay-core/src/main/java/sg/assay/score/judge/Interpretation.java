package sg.assay.score.judge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import sg.assay.score.MetricKind;

/** How one kind of rubric's JSON answer becomes a {@link Judgement}. */
sealed interface Interpretation
        permits SafetyReading, RefusalReading, StrongRejectReading, ClassifyReading, FlagReading, PairReading {

    /** Reads a schema-valid answer; throws {@link MalformedAnswerException} when its content cannot be used. */
    Judgement read(JsonNode answer);

    /** The common labels the judge gives, for comparison with human labels. */
    LabelSet labels();

    /** The label whose value is 1, for binary judges (sensitivity is measured on it). */
    Optional<String> positive();

    /** The settings that change verdicts (part of the judge's identity). */
    Map<String, String> settings();

    /** The JSON Schema asked for, given the rubric's; a label set may narrow it. */
    default String schema(String rubricSchema) {
        return rubricSchema;
    }

    default MetricKind kind() {
        return MetricKind.PROPORTION;
    }

    /** What a value of 1 means, for reports. */
    String meaning();

    static String reasoning(JsonNode answer) {
        return answer.path("reasoning").asText("");
    }

    /** The probability field, or NaN when absent. */
    static double probability(JsonNode answer) {
        JsonNode p = answer.path("probability");
        return p.isNumber() ? p.asDouble() : Double.NaN;
    }
}
