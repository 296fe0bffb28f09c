/**
 * Azure AI Content Safety as classifier targets: {@code azure-content-safety/<name>} (text analysis: hate,
 * self-harm, sexual and violence with severity levels, plus blocklists) and {@code azure-prompt-shields/<name>}
 * (attacks in a user prompt or in documents). Each maps onto the common label set of {@code sg.assay.classify};
 * categories the service does not cover are reported as not assessed.
 */
@NullMarked
package sg.assay.target.contentsafety;

import org.jspecify.annotations.NullMarked;
