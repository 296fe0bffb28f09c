package sg.assay.server;

/** Whose wire conventions a route follows: error shapes and the header that carries the key. */
enum Dialect {
    OPENAI,
    AZURE,
    ANTHROPIC,
    APP
}
