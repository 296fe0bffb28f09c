package sg.assay.target;

/** Tokens used by one or more requests, as reported by the target. */
public record Usage(long inputTokens, long outputTokens, long requests) {
    public static final Usage ZERO = new Usage(0, 0, 0);

    public Usage plus(Usage other) {
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens, requests + other.requests);
    }

    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}
