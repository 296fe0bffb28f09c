package sg.assay.validate;

import java.util.List;
import sg.assay.message.AssistantMessage;
import sg.assay.message.Message;
import sg.assay.solve.Solver;
import sg.assay.solve.TaskState;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;

/**
 * A validation judges responses that are already in the data: the sample's last assistant message (prompt + response
 * data), or the prompt text itself (text + label data, where the text is what is classified). No target is asked.
 */
final class RecordedResponses {
    static final String SOLVER = "recorded-response";
    static final String TARGET = "recorded";

    private RecordedResponses() {}

    /** Puts the recorded response in the state as its output. */
    static Solver solver() {
        return (state, generator) -> {
            List<Message> input = state.messages();
            String output = input.getLast() instanceof AssistantMessage a
                    ? a.text()
                    : state.sample().prompt();
            return new TaskState(state.sample(), state.epoch(), input, output, state.usage(), state.metadata());
        };
    }

    /** The target of a validation run: there is none, so asking it is an error. */
    static Target target() {
        return new Target() {
            @Override
            public TargetResponse generate(TargetRequest request) {
                throw new NonRetriableTargetException(
                        "a validation judges recorded responses; no target is asked",
                        NonRetriableTargetException.Scope.RUN);
            }

            @Override
            public String describe() {
                return TARGET;
            }
        };
    }
}
