package sg.assay.parity;

import java.util.Objects;
import sg.assay.ConfigException;

/**
 * One scored response for parity analysis.
 *
 * @param intent the intent (cluster) id, shared by the translations of one prompt
 * @param language the language tag (BCP 47, e.g. "en", "ms")
 * @param category the harm category of the intent ("" when none)
 * @param epoch the repeat number, from 1
 * @param value the binary metric, 0 or 1 (e.g. 1 = the model complied with a harmful request)
 */
public record Observation(String intent, String language, String category, int epoch, int value) {
    public Observation {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(category, "category");
        if (value != 0 && value != 1) {
            throw new ConfigException("parity value must be 0 or 1: " + value + " (intent '" + intent + "')");
        }
        if (epoch < 1) {
            throw new ConfigException("epoch must be at least 1: " + epoch + " (intent '" + intent + "')");
        }
        if (language.isBlank()) {
            throw new ConfigException("language must not be blank (intent '" + intent + "')");
        }
    }
}
