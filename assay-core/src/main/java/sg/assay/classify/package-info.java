/**
 * Binary classification measured against labels: confusion counts with accuracy, F1 and Cohen's kappa, ROC and
 * precision-recall curves, and choosing a decision threshold on a validation split. Used to evaluate guard classifiers
 * (the embedded {@code local/guard} and remote moderation or guard models) and to validate judges against humans.
 */
@NullMarked
package sg.assay.classify;

import org.jspecify.annotations.NullMarked;
