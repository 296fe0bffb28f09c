package sg.assay.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;

class GuardModelTest {

    private static GuardModel model() {
        FeatureSpace space = new FeatureSpace(10, 1, 2, true);
        float[] w = new float[space.dimension()];
        for (int i = 0; i < w.length; i++) {
            w[i] = (i % 7) / 10f - 0.3f;
        }
        return new GuardModel(new GuardModel.Header(space, -0.25, 0.6, Map.of("lambda", "0.001")), w);
    }

    @Test
    void a_written_model_reads_back_with_the_same_scores() throws Exception {
        GuardModel m = model();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);

        GuardModel back = GuardModel.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(back.header()).isEqualTo(m.header());
        for (String t : new String[] {"hello", "ช่วยเขียน", "帮我写"}) {
            assertThat(back.score(t)).isEqualTo(m.score(t));
        }
    }

    @Test
    void score_is_the_logistic_of_the_dot_product() {
        GuardModel m = model();
        SparseVector v = m.header().space().vector("abc");
        double z = -0.25;
        for (int i = 0; i < v.size(); i++) {
            z += v.value(i) * (double) ((v.index(i) % 7) / 10f - 0.3f);
        }

        assertThat(m.score("abc")).isEqualTo(1 / (1 + Math.exp(-z)), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.classify("abc").flagged()).isEqualTo(m.score("abc") >= 0.6);
    }

    @Test
    void a_file_that_is_not_a_model_is_refused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }

        assertThatThrownBy(() -> GuardModel.read(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("magic");
    }

    @Test
    void threshold_can_be_changed_but_not_beyond_probabilities() {
        assertThat(model().withThreshold(0.9).threshold()).isEqualTo(0.9);
        assertThatThrownBy(() -> model().withThreshold(1.5)).isInstanceOf(ConfigException.class);
    }
}
