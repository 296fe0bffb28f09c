package sg.assay.report.cost;

import sg.assay.ConfigException;
import sg.assay.target.Usage;

/**
 * The price of one model: currency units per million input and per million output tokens.
 *
 * @param key the table entry that matched (a target name, a provider wildcard or a bare model name)
 * @param source where the entry came from: "bundled example prices as of DATE" or a file path
 */
public record Price(String key, double inputPerMillion, double outputPerMillion, String currency, String source) {
    public Price {
        if (!(inputPerMillion >= 0) || !(outputPerMillion >= 0)) {
            throw new ConfigException("price of '" + key + "' must be non-negative numbers per million tokens: input "
                    + inputPerMillion + ", output " + outputPerMillion);
        }
    }

    public double inputCost(Usage u) {
        return u.inputTokens() * inputPerMillion / 1_000_000.0;
    }

    public double outputCost(Usage u) {
        return u.outputTokens() * outputPerMillion / 1_000_000.0;
    }

    public double cost(Usage u) {
        return inputCost(u) + outputCost(u);
    }
}
