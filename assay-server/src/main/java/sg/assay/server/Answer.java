package sg.assay.server;

/** What a scripted model says to a conversation, before it is put into any wire format. */
record Answer(String text, Kind kind) {
    /** Whether the model answered, refused in words, or was stopped by the platform's filter. */
    enum Kind {
        ANSWER,
        REFUSAL,
        FILTERED_PROMPT,
        FILTERED_COMPLETION
    }
}
