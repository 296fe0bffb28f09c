/**
 * Findings: what a probe, an attack strategy or a human red-teamer found, with a severity, a reproduction transcript
 * and tags from the OWASP Top 10 for LLM Applications (2025) and MITRE ATLAS (identifiers and short paraphrases, from
 * the bundled {@code tags.yaml}). The model is renderer-neutral: reports, exports and the web UI all read
 * {@link sg.assay.finding.Finding} and {@link sg.assay.finding.FindingsSummary}.
 */
@NullMarked
package sg.assay.finding;

import org.jspecify.annotations.NullMarked;
