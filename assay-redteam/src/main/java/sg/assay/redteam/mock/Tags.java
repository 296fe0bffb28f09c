package sg.assay.redteam.mock;

import java.util.Optional;

/** Reads the {@code <tag>...</tag>} sections the red-team prompts put around goals, prompts and responses. */
final class Tags {
    private Tags() {}

    /** The text between the first opening tag and the last closing tag. */
    static Optional<String> inner(String text, String tag) {
        String open = "<" + tag + ">";
        String close = "</" + tag + ">";
        int from = text.indexOf(open);
        int to = text.lastIndexOf(close);
        if (from < 0 || to < from + open.length()) {
            return Optional.empty();
        }
        return Optional.of(text.substring(from + open.length(), to));
    }
}
