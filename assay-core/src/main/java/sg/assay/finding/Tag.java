package sg.assay.finding;

/**
 * A framework identifier on a finding.
 *
 * @param framework {@code owasp-llm-2025} or {@code mitre-atlas}
 * @param id the framework's identifier, e.g. {@code LLM07:2025} or {@code AML.T0056}
 * @param name a short paraphrase of what the identifier names
 */
public record Tag(String framework, String id, String name) {}
