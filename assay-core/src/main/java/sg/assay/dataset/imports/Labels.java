package sg.assay.dataset.imports;

import java.util.List;
import sg.assay.dataset.Row;
import sg.assay.dataset.Sample;

/** Label helpers: mapping a source's label values (codes, or words in the target language) to Assay's. */
final class Labels {
    private Labels() {}

    /** The sample with its expected value set to the label. */
    static Sample expect(Sample s, String label) {
        return new Sample(s.id(), s.input(), label, s.language(), s.category(), s.group(), s.metadata());
    }

    /** A fixed map from source label values to Assay label names. */
    record Mapping(String source, List<String> values, List<String> labels) {
        Mapping {
            values = List.copyOf(values);
            labels = List.copyOf(labels);
            if (values.size() != labels.size()) {
                throw new IllegalArgumentException("label mapping of " + source + " is uneven");
            }
        }

        String map(Row row, String field) {
            String v = row.require(field).strip();
            int i = values.indexOf(v);
            if (i < 0) {
                throw row.fail("label '" + v + "' in field '" + field + "' is not a " + source
                        + " label; expected one of " + String.join(", ", values));
            }
            return labels.get(i);
        }
    }
}
