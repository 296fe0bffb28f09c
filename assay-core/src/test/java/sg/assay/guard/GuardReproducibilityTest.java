package sg.assay.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import sg.assay.dataset.imports.SharedDatasets;

/** Retrains the shipped guard from the shared datasets and checks it is the same model, byte for byte (minutes). */
@EnabledIfSystemProperty(named = "assay.slow", matches = "true")
class GuardReproducibilityTest {

    @Test
    void retraining_with_the_shipped_split_reproduces_the_shipped_model() throws Exception {
        GuardTraining training =
                new GuardTraining(SharedDatasets.root(), GuardSplit.bundled(), GuardTrainer.Options.defaults());

        GuardTraining.Outcome o = training.run();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        o.result().model().write(out);

        byte[] shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(GuardModel.BUNDLED)) {
            shipped = in.readAllBytes();
        }
        assertThat(unzip(out.toByteArray())).isEqualTo(unzip(shipped));
        assertThat(o.result().split().text()).isEqualTo(GuardSplit.bundled().text());
    }

    private static byte[] unzip(byte[] gz) throws Exception {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
