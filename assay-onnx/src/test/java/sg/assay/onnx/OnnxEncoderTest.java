package sg.assay.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** all-MiniLM-L6-v2 run through the encoder: its tokenizer and embeddings behave as the published model does. */
class OnnxEncoderTest {
    static OnnxEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = new OnnxEncoder(
                "onnx/test", MiniLm.MODEL, MiniLm.TOKENIZER, 256, 1, "", List.of("last_hidden_state"), true);
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    static double cosine(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }

    @Test
    void the_bert_uncased_tokenizer_gives_the_known_ids() {
        // [CLS] hello world [SEP] in bert-base-uncased's vocabulary
        assertThat(encoder.tokenIds("Hello world")).containsExactly(101, 7592, 2088, 102);
    }

    @Test
    void mean_pooled_embeddings_have_384_dimensions_and_put_paraphrases_closer_than_unrelated_texts() throws Exception {
        assertThat(encoder.output()).isEqualTo("last_hidden_state");
        float[] bread1 = encoder.vector("How do I bake bread at home?");
        float[] bread2 = encoder.vector("What is a good recipe for homemade bread?");
        float[] market = encoder.vector("The stock market fell sharply after the announcement.");
        float[] weather = encoder.vector("It will rain heavily in the afternoon.");

        assertThat(bread1).hasSize(384);
        double paraphrase = cosine(bread1, bread2);
        assertThat(paraphrase).isGreaterThan(0.6);
        assertThat(paraphrase).isGreaterThan(cosine(bread1, market) + 0.3);
        assertThat(paraphrase).isGreaterThan(cosine(bread1, weather) + 0.3);
    }

    @Test
    void the_same_text_gives_the_same_embedding() throws Exception {
        assertThat(encoder.vector("repeatable")).containsExactly(encoder.vector("repeatable"));
    }
}
