package sg.assay.mock;

import java.util.function.Function;
import sg.assay.AssayException;
import sg.assay.Spec;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/** A mock target that answers with a function of the request, after an optional fixed latency. */
final class MockTarget implements Target {
    private final Spec spec;
    private final Function<TargetRequest, String> answer;
    private final long latencyMs;

    MockTarget(Spec spec, Function<TargetRequest, String> answer) {
        this.spec = spec;
        this.answer = answer;
        this.latencyMs = spec.intParam("latency-ms", 0);
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        pause(latencyMs);
        String text = answer.apply(request);
        long in = tokens(request.lastUserText());
        return TargetResponse.of(text, new Usage(in, tokens(text), 1), spec.name());
    }

    static void pause(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssayException("interrupted", e);
        }
    }

    /** A rough whitespace token count, so that usage figures are plausible and deterministic. */
    static long tokens(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    @Override
    public String describe() {
        return spec.render();
    }
}
