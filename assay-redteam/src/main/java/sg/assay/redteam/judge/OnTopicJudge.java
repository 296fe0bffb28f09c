package sg.assay.redteam.judge;

/**
 * Says whether a candidate attack prompt still asks for the behaviour (TAP prunes off-topic prompts before they are
 * sent to the target). Thread-safe.
 */
public interface OnTopicJudge {

    OnTopic check(String goal, String prompt);
}
