package sg.assay.run;

import java.util.Optional;
import sg.assay.target.TargetResponse;

/** A cache of target responses keyed by target spec, epoch and a digest of the exact request. */
public interface ResponseCache {
    Optional<TargetResponse> get(String key);

    void put(String key, TargetResponse response);
}
