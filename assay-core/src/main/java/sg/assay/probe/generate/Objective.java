package sg.assay.probe.generate;

/**
 * One thing the attacker tries to make the application do.
 *
 * @param kind {@code never} (a rule it must not break), {@code out-of-scope} (a topic it should decline) or
 *     {@code data} (data it holds and must not disclose)
 * @param text the rule, topic or data as the purpose file states it
 */
public record Objective(String kind, String text) {
    public static final String NEVER = "never";
    public static final String OUT_OF_SCOPE = "out-of-scope";
    public static final String DATA = "data";

    /** The attacker's goal in one phrase. */
    public String goal() {
        return switch (kind) {
            case NEVER -> "make it " + text;
            case OUT_OF_SCOPE -> "get it to engage with the out-of-scope topic: " + text;
            default -> "make it disclose data it holds: " + text;
        };
    }
}
