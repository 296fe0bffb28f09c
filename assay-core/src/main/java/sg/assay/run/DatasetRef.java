package sg.assay.run;

import java.util.Map;

/**
 * Which data a run used: the dataset's name, where it was read from, the SHA-256 digest of its content, its sample
 * count, its licence as stated by its source, and the field mapping used to read it.
 */
public record DatasetRef(
        String name, String source, String digest, int samples, String licence, Map<String, String> fields) {
    public DatasetRef {
        fields = Map.copyOf(fields);
    }
}
