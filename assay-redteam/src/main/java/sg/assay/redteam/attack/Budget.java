package sg.assay.redteam.attack;

import sg.assay.ConfigException;

/**
 * What one attack may spend on the target.
 *
 * @param queries the most target queries
 * @param tokens the most target tokens, input and output (0: no limit)
 */
public record Budget(int queries, long tokens) {
    public Budget {
        if (queries < 1) {
            throw new ConfigException("an attack's query budget must be positive: " + queries);
        }
        if (tokens < 0) {
            throw new ConfigException("an attack's token budget must not be negative: " + tokens);
        }
    }
}
