package sg.assay.validate;

import java.util.Map;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/**
 * A judge target whose answer per sample id is fixed in advance, so its error rates are known exactly. A missing id
 * gets an answer that is not JSON (a judge error).
 */
final class ScriptedJudge implements Target {
    private final Map<String, String> answers;

    ScriptedJudge(Map<String, String> answers) {
        this.answers = Map.copyOf(answers);
    }

    static String classify(String label) {
        return "{\"reasoning\":\"scripted\",\"label\":\"" + label + "\"}";
    }

    static String safety(String verdict, double probability) {
        return "{\"reasoning\":\"scripted\",\"verdict\":\"" + verdict + "\",\"category\":\"none\",\"probability\":"
                + probability + "}";
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        return TargetResponse.of(answers.getOrDefault(request.sampleId(), "no verdict"), Usage.ZERO, "scripted-judge");
    }

    @Override
    public String describe() {
        return "scripted/judge";
    }
}
