package sg.assay.provenance;

import java.util.List;

/**
 * The outcome of verifying an envelope against what it is about.
 *
 * @param subject what was checked (a file name or a run id)
 * @param signers the trusted keys whose signatures verified, as "name (keyid)"
 * @param problems each thing that did not check out, in words; empty when verification passed
 */
public record Verification(String subject, List<String> signers, List<String> problems) {
    public Verification {
        signers = List.copyOf(signers);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty() && !signers.isEmpty();
    }
}
