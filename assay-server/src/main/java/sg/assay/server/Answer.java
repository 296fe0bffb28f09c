package sg.assay.server;

import java.util.List;

/**
 * What a scripted model says to a conversation, before it is put into any wire format.
 *
 * @param text the answer
 * @param kind whether the model answered, refused or was filtered
 * @param firstToken scripted alternatives for the first token, most likely first (the guard models' Yes/No
 *     probabilities); empty when the wire format derives its own logprobs
 */
record Answer(String text, Kind kind, List<Alternative> firstToken) {
    Answer {
        firstToken = List.copyOf(firstToken);
    }

    Answer(String text, Kind kind) {
        this(text, kind, List.of());
    }

    /** Whether the model answered, refused in words, or was stopped by the platform's filter. */
    enum Kind {
        ANSWER,
        REFUSAL,
        FILTERED_PROMPT,
        FILTERED_COMPLETION
    }

    /** One candidate token with its log probability. */
    record Alternative(String token, double logprob) {}

    /** The log probability the mock gives a token it has no script for: a stable value in (-1, 0]. */
    static double logprob(String token) {
        return -((Responder.fnv(token) & 0x3ff) / 1024.0);
    }
}
