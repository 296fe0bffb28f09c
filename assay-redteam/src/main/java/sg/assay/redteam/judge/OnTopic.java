package sg.assay.redteam.judge;

import sg.assay.target.Usage;

/**
 * An on-topic check's verdict; an unusable answer counts as on topic (error set), so a failing checker never prunes.
 *
 * @param onTopic whether the prompt still asks for the behaviour
 * @param reasoning the checker's short reasoning
 * @param error true when the checker gave no usable verdict
 * @param usage tokens used
 */
public record OnTopic(boolean onTopic, String reasoning, boolean error, Usage usage) {}
