package sg.assay.guard;

/**
 * One labelled prompt for training or evaluating the guard.
 *
 * @param text the prompt
 * @param harmful whether it is a harmful request (the positive class)
 * @param language a BCP 47-style tag, e.g. {@code th}, {@code zh-Hans}, {@code en-SG}
 * @param source the data set it came from, e.g. {@code sea-safety}
 * @param group the intent it realises: every language and variant of one intent shares a group, and a group is
 *     never split between training, validation and test
 */
public record GuardExample(String text, boolean harmful, String language, String source, String group) {}
