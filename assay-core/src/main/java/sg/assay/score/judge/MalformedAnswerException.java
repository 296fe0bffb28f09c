package sg.assay.score.judge;

/** A judge's answer that cannot be read: not JSON, not matching the schema, or naming an unknown label. */
final class MalformedAnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedAnswerException(String message) {
        super(message);
    }
}
