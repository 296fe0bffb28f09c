package sg.assay.score.judge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/** A judge target for tests: answers from a script (texts, or exceptions to throw) and records every request. */
final class FakeJudgeTarget implements Target {
    private final String name;
    private final Function<TargetRequest, String> answer;
    final List<TargetRequest> requests = new ArrayList<>();

    FakeJudgeTarget(String name, Function<TargetRequest, String> answer) {
        this.name = name;
        this.answer = answer;
    }

    /** Answers with the given items in turn; an item that is a RuntimeException is thrown. */
    static FakeJudgeTarget scripted(Object... items) {
        Deque<Object> queue = new ArrayDeque<>(List.of(items));
        return new FakeJudgeTarget("fake/judge", r -> {
            Object next = queue.isEmpty() ? "(script exhausted)" : queue.poll();
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return (String) next;
        });
    }

    @Override
    public synchronized TargetResponse generate(TargetRequest request) {
        requests.add(request);
        return TargetResponse.of(answer.apply(request), Usage.ZERO, "fake-judge-2026-01-01");
    }

    @Override
    public String describe() {
        return name;
    }
}
