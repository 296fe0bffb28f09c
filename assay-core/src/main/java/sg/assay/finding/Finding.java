package sg.assay.finding;

import java.time.Instant;
import java.util.List;
import sg.assay.message.Message;

/**
 * One finding: what was found, how bad it is, where it came from, how to reproduce it.
 *
 * @param id a stable identifier: derived from run, sample, epoch and scorer for run findings; random for manual ones
 * @param title one line
 * @param severity how bad it is
 * @param source the kind of source ({@code probe}, {@code strategy}, or {@code chat} for a session saved by hand) and its name
 * @param target the target spec the finding is about (secrets removed)
 * @param demo true when the target, or an attacker or judge that produced the finding, is a built-in mock: the
 *     finding shows how Assay reports, it is not a measurement of a model
 * @param runId the run it came from, or empty
 * @param sampleId the sample it came from, or empty
 * @param language the language of the attack, or {@code und}
 * @param evidence the scorer's or red-teamer's short explanation
 * @param tags OWASP and ATLAS tags
 * @param transcript the conversation that reproduces it
 * @param createdAt when it was recorded
 */
public record Finding(
        String id,
        String title,
        Severity severity,
        Source source,
        String target,
        boolean demo,
        String runId,
        String sampleId,
        String language,
        String evidence,
        List<Tag> tags,
        List<Message> transcript,
        Instant createdAt) {
    public Finding {
        tags = List.copyOf(tags);
        transcript = List.copyOf(transcript);
        if (language.isBlank()) {
            language = "und";
        }
    }

    /** Where a finding came from: a probe scorer, an attack strategy, or a person in {@code assay redteam chat}. */
    public record Source(String kind, String name) {}
}
