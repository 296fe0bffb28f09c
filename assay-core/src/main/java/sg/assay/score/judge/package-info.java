/**
 * Judges: scorers that ask another target to grade a response against a versioned rubric (response safety, refusal
 * in XSTest's three classes, StrongREJECT, text classification, prompt-injection success, secret leakage, the PAIR
 * jailbreak rating), with structured output, one repair retry and a {@code judge-error} score when the judge cannot
 * judge; ensembles of judges; and each judge's identity, the digest of what makes its verdicts what they are.
 */
@NullMarked
package sg.assay.score.judge;

import org.jspecify.annotations.NullMarked;
