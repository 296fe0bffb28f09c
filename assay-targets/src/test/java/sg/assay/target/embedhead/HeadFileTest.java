package sg.assay.target.embedhead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.ConfigException;
import sg.assay.classify.Assessment;
import sg.assay.classify.HarmCategory;
import sg.assay.classify.Severity;

class HeadFileTest {
    @TempDir
    Path dir;

    private HeadFile load(String json) throws IOException {
        Path p = dir.resolve("h.json");
        Files.writeString(p, json);
        return HeadFile.load(p);
    }

    private static final String HEADER =
            "{\"format\":\"assay-embed-head/1\",\"embedding_model\":\"m\",\"dimension\":2,\"normalize\":true,";

    @Test
    void logistic_and_softmax_heads_compute_known_answers() throws IOException {
        HeadFile f = load(HEADER + "\"heads\":["
                + "{\"name\":\"hateful_l2\",\"category\":\"hate\",\"type\":\"logistic\",\"weights\":[2,0],"
                + "\"bias\":0,\"severity\":\"high\"},"
                + "{\"name\":\"sev\",\"category\":\"self-harm\",\"type\":\"softmax\",\"levels\":[\"none\",\"high\"],"
                + "\"weights\":[[0,0],[0,1]],\"biases\":[0,0]}]}");

        // (3, 4) normalised is (0.6, 0.8): hate = sigmoid(1.2); self-harm = softmax(0, 0.8)[1] = sigmoid(0.8)
        HeadFile.Scored s = f.classify(new float[] {3, 4});

        Assessment hate = s.classification().assessment(HarmCategory.HATE).orElseThrow();
        assertThat(hate.score()).isCloseTo(1 / (1 + Math.exp(-1.2)), within(1e-6));
        assertThat(hate.severity()).isEqualTo(Severity.HIGH);
        assertThat(hate.flagged()).isTrue();
        Assessment self = s.classification().assessment(HarmCategory.SELF_HARM).orElseThrow();
        assertThat(self.score()).isCloseTo(1 / (1 + Math.exp(-0.8)), within(1e-6));
        assertThat(self.severity()).isEqualTo(Severity.HIGH);
        assertThat(s.headScores()).containsOnlyKeys("hateful_l2", "sev");
        assertThat(s.classification().notAssessed())
                .contains(HarmCategory.SCAMS)
                .doesNotContain(HarmCategory.HATE);
    }

    @Test
    void a_weight_vector_of_the_wrong_length_names_head_and_dimension() {
        assertThatThrownBy(() -> load(HEADER + "\"heads\":[{\"name\":\"b\",\"category\":\"unsafe\","
                        + "\"type\":\"logistic\",\"weights\":[1,2,3],\"bias\":0}]}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("head 'b': 'weights' is an array of 3; expected an array of 2 numbers");
    }

    @Test
    void an_unknown_category_lists_the_common_ones() {
        assertThatThrownBy(() -> load(HEADER + "\"heads\":[{\"name\":\"b\",\"category\":\"toxic\","
                        + "\"type\":\"logistic\",\"weights\":[1,2],\"bias\":0}]}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'category' is \"toxic\"; expected a common category (critical-infrastructure");
    }

    @Test
    void a_wrong_format_is_rejected() {
        assertThatThrownBy(() -> load("{\"format\":\"x\"}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'format' is \"x\"; expected \"assay-embed-head/1\"");
    }
}
