package sg.assay.server;

/** Whose wire conventions a route follows: error shapes and the header that carries the key. */
enum Dialect {
    OPENAI,
    AZURE,
    ANTHROPIC,
    /** Azure AI Content Safety: key in {@code Ocp-Apim-Subscription-Key}, errors as {@code {error: {code, message}}}. */
    CONTENT_SAFETY,
    APP
}
