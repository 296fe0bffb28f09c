package sg.assay.server;

/** What goes wrong with one answer, if anything. At most one fault applies to a request. */
sealed interface Fault {
    /** A normal answer. */
    record None() implements Fault {}

    /** An error status instead of the answer. */
    record Failure(int status) implements Fault {}

    /** A JSON body cut short, sent with a Content-Length that matches the cut body. */
    record Malformed() implements Fault {}

    /** The connection closes half-way through the body. */
    record Drop() implements Fault {}

    /** Half the body (or the first stream chunk) is sent, then nothing until the stall time is over. */
    record Stall() implements Fault {}

    /** The first byte comes late. */
    record Slow() implements Fault {}

    Fault NONE = new None();
}
