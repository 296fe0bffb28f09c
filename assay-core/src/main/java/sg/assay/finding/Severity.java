package sg.assay.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import sg.assay.ConfigException;

/** How bad a finding is, from informational to critical. */
public enum Severity {
    INFO,
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new ConfigException("severity '" + text + "' not known; known: "
                + Arrays.stream(values()).map(Severity::label).collect(Collectors.joining(", ")));
    }
}
