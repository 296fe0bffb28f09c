/**
 * Cross-language parity statistics: for one binary metric observed on the same intents in several languages, the
 * per-language rates, each language against a reference language on the same intents (paired intervals at a
 * Bonferroni-adjusted level, equivalence verdicts, Holm-adjusted McNemar p-values), Cochran's Q across all languages,
 * the parity gap, power, a language × category table, and a sample-size planner. See docs/statistics.md.
 */
@NullMarked
package sg.assay.parity;

import org.jspecify.annotations.NullMarked;
