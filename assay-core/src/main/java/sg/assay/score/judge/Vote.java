package sg.assay.score.judge;

import java.util.Locale;
import sg.assay.ConfigException;

/** How an ensemble of judges turns their verdicts into one. */
public enum Vote {
    /** The label most judges gave; a tie is a judge error. For graded scores, the median. */
    MAJORITY,
    /** 1 only when every judge that judged gave 1 (e.g. unsafe only when all agree it is unsafe); else 0. */
    UNANIMOUS,
    /** The label with the largest total weight; a tie is a judge error. For graded scores, the weighted mean. */
    WEIGHTED;

    public static Vote parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "majority" -> MAJORITY;
            case "unanimous" -> UNANIMOUS;
            case "weighted" -> WEIGHTED;
            default -> throw new ConfigException("vote '" + text + "' not known; known: majority, unanimous, weighted");
        };
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
