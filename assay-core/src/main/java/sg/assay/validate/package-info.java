/**
 * Validation of judges and classifiers against human labels: agreement statistics (accuracy, precision, recall, F1,
 * Cohen's κ, sensitivity, specificity) with cluster bootstrap intervals, Krippendorff's α among the annotators as the
 * ceiling, calibration (Brier score, reliability table), validation runs stored with the judge's identity, and the
 * Rogan–Gladen correction of rates measured through an imperfect judge.
 */
@NullMarked
package sg.assay.validate;

import org.jspecify.annotations.NullMarked;
