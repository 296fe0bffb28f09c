package sg.assay.score.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import sg.assay.json.Json;

/**
 * Text classification against a label set: the judge names one label (a word in any language that the set maps to a
 * common label is accepted); 1 when it is the positive label.
 */
record ClassifyReading(LabelSet labels, String positiveLabel) implements Interpretation {

    @Override
    public Judgement read(JsonNode answer) {
        String word = answer.path("label").asText();
        String label = labels.map(word)
                .orElseThrow(() -> new MalformedAnswerException(
                        "label must be one of " + String.join(", ", labels.labels()) + ", not '" + word + "'"));
        double p = Interpretation.probability(answer);
        double positiveProbability = Double.isNaN(p) ? p : label.equals(positiveLabel) ? p : 1 - p;
        if (labels.labels().size() > 2) {
            positiveProbability = label.equals(positiveLabel) ? p : Double.NaN;
        }
        return new Judgement(
                label.equals(positiveLabel) ? 1 : 0,
                label,
                positiveProbability,
                Interpretation.reasoning(answer),
                Map.of());
    }

    /** Narrows the label field to the label set, so that structured output can only give one of them. */
    @Override
    public String schema(String rubricSchema) {
        ObjectNode schema = (ObjectNode) Json.read(rubricSchema, JsonNode.class);
        ObjectNode label = (ObjectNode) schema.with("properties").with("label");
        ArrayNode values = label.putArray("enum");
        labels.labels().forEach(values::add);
        return Json.write(schema);
    }

    @Override
    public Optional<String> positive() {
        return Optional.of(positiveLabel);
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("labels", String.join("|", labels.labels()), "positive", positiveLabel);
    }

    @Override
    public String meaning() {
        return positiveLabel + " (judged)";
    }
}
