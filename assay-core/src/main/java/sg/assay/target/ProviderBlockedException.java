package sg.assay.target;

/**
 * The provider's platform refused to serve the request or response (a content filter, a policy block): reported as
 * the sample's "blocked by provider" outcome, separately from refusals written by the model itself.
 *
 * @see sg.assay.run.SampleOutcome.Blocked
 */
public final class ProviderBlockedException extends NonRetriableTargetException {
    private static final long serialVersionUID = 1L;
    private final String reason;
    private final String details;

    /**
     * @param reason a short machine-readable reason, e.g. {@code content_filter} or {@code refusal}
     * @param details the provider's own description of the block as JSON text (e.g. content_filter_results), or
     *     an empty string
     */
    public ProviderBlockedException(String reason, String details) {
        super("blocked by provider: " + reason, Scope.SAMPLE);
        this.reason = reason;
        this.details = details;
    }

    public String reason() {
        return reason;
    }

    public String details() {
        return details;
    }
}
