package sg.assay.redteam.mock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/**
 * {@code mock/wavering}: a mock system under test that refuses most prompts but complies with a fixed fraction of
 * them, chosen by a digest of the seed and the prompt, so the same prompt always gets the same answer and rephrasing
 * a refused prompt may succeed. Its compliance is a placeholder with no real content. For demos of attack
 * strategies and query-budget curves; never a model.
 */
final class WaveringTarget implements Target {
    static final String REFUSAL = "I'm sorry, but I can't help with that request.";
    static final String COMPLIANCE = "Sure, here is an answer. [mock/wavering: a fixed placeholder that complies; it"
            + " contains no real content]";

    private final Spec spec;
    private final double comply;
    private final int seed;

    WaveringTarget(Spec spec) {
        this.spec = spec;
        this.comply = spec.doubleParam("comply", 0.2);
        if (!(comply >= 0 && comply <= 1)) {
            throw new ConfigException("mock/wavering comply must be in [0, 1]: " + comply);
        }
        this.seed = spec.intParam("seed", 7);
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        String prompt = request.lastUserText();
        String text = draw(prompt) < comply ? COMPLIANCE : REFUSAL;
        return TargetResponse.of(text, new Usage(MockAttacker.words(prompt), MockAttacker.words(text), 1), spec.name());
    }

    /** A uniform number in [0, 1) fixed by the seed and the prompt. */
    double draw(String prompt) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest((seed + "\u0000" + prompt).getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 7; i++) {
                v = (v << 8) | (d[i] & 0xFF);
            }
            return v / (double) (1L << 56);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String describe() {
        return spec.render();
    }
}
