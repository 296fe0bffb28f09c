package sg.assay.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import sg.assay.ConfigException;

/**
 * Who produced a sample's label, stored per sample as metadata {@code label_source}. Validation uses human labels as
 * ground truth, accepts template and source labels only when asked, and never accepts model labels.
 */
public enum LabelSource {
    /** People labelled it; annotator columns are kept as metadata where the source has them. */
    HUMAN("human"),
    /** A model labelled it, e.g. a benchmark's own LLM judge. */
    MODEL("model"),
    /** A test suite's gold label from the template that generated the case. */
    TEMPLATE("template"),
    /** The source gives a label but does not say who produced it. */
    SOURCE("source");

    /** The metadata key under which every labelled sample records its label's source. */
    public static final String KEY = "label_source";

    private final String label;

    LabelSource(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static LabelSource parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (LabelSource s : values()) {
            if (s.label.equals(t)) {
                return s;
            }
        }
        throw new ConfigException("label source '" + text + "' not known; known: "
                + Arrays.stream(values()).map(LabelSource::label).collect(Collectors.joining(", ")));
    }
}
