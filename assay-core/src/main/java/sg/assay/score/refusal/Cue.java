package sg.assay.score.refusal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern that signals a refusal, redirection, partial answer or caveat in a response.
 *
 * @param id a stable name that explanations cite, e.g. {@code ms-maaf-tidak-dapat}
 * @param language the BCP 47 tag of the file the cue came from
 * @param kind what the cue signals
 * @param pattern matched against normalised (NFC, lower-case, straight-quote) text
 */
public record Cue(String id, String language, CueKind kind, Pattern pattern) {

    /** The offset where the cue first matches {@code text}, if it does. */
    public Optional<Integer> find(String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.start()) : Optional.empty();
    }
}
