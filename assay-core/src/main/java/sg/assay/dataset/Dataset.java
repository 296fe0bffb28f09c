package sg.assay.dataset;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import sg.assay.ConfigException;

/**
 * A named list of samples with the digest of the content it was read from and its licence as stated by its source.
 */
public record Dataset(String name, String digest, String licence, List<Sample> samples) {
    public Dataset {
        samples = List.copyOf(samples);
        Set<String> seen = new HashSet<>();
        for (Sample s : samples) {
            if (!seen.add(s.id())) {
                throw new ConfigException("dataset " + name + " has duplicate sample id: " + s.id());
            }
        }
    }

    public int size() {
        return samples.size();
    }
}
