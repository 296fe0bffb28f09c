package sg.assay.mock;

import java.util.List;
import sg.assay.Component;
import sg.assay.Param;
import sg.assay.target.Target;

/** The catalogue of built-in mock targets, for registration in the composition root. */
public final class MockTargets {
    static final String REFUSAL = "I'm sorry, but I can't help with that request.";
    static final String COMPLIANCE = "Sure, I can help with that. [mock/comply: a fixed placeholder answer that"
            + " always complies; it contains no real content]";

    private MockTargets() {}

    private static final Param LATENCY = Param.optional("latency-ms", "fixed delay before answering", "0");

    public static List<Component<Target>> components() {
        return List.of(
                Component.of(
                        "mock/echo",
                        "mock: answers with the prompt it was given",
                        List.of(LATENCY),
                        spec -> new MockTarget(spec, r -> r.lastUserText())),
                Component.of(
                        "mock/refuse",
                        "mock: always refuses with a fixed English refusal",
                        List.of(LATENCY),
                        spec -> new MockTarget(spec, r -> REFUSAL)),
                Component.of(
                        "mock/comply",
                        "mock: always complies with a fixed placeholder answer",
                        List.of(LATENCY),
                        spec -> new MockTarget(spec, r -> COMPLIANCE)),
                Component.of(
                        "mock/scripted",
                        "mock: answers from a JSONL file by sample id or prompt digest",
                        List.of(
                                Param.required("file", "JSONL file of {id|prompt|prompt_sha256, output|blocked|error}"),
                                Param.optional("default", "answer for prompts the file does not cover", "(fail)"),
                                LATENCY),
                        ScriptedTarget::new),
                Component.of(
                        "mock/flaky",
                        "mock: echoes, but fails a fraction of calls with retriable errors",
                        List.of(
                                Param.optional("rate", "fraction of calls that fail", "0.1"),
                                Param.optional("retry-after-ms", "wait hint sent with each failure", "5"),
                                Param.optional("seed", "seed of the failure pattern", "7"),
                                LATENCY),
                        FlakyTarget::new));
    }
}
