package sg.assay.score.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.Set;
import sg.assay.json.Json;

/** Reads a judge's answer: the JSON object in it (code fences and surrounding prose allowed), checked by the schema. */
final class JudgeAnswers {
    private final JsonSchema schema;

    JudgeAnswers(String schemaJson) {
        this.schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
    }

    /** The answer's JSON object; throws {@link MalformedAnswerException} naming what is wrong. */
    JsonNode parse(String text) {
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new MalformedAnswerException("the answer contains no JSON object");
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(text.substring(start, end + 1));
        } catch (IOException e) {
            throw new MalformedAnswerException(
                    "the JSON object does not parse: " + firstLine(String.valueOf(e.getMessage())));
        }
        Set<ValidationMessage> errors = schema.validate(node);
        if (!errors.isEmpty()) {
            throw new MalformedAnswerException("the JSON object does not match the schema: "
                    + errors.iterator().next().getMessage());
        }
        return node;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
