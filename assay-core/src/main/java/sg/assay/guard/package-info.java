/**
 * The embedded guard: {@code local/guard}, an in-process multilingual classifier of harmful requests that runs offline
 * with no downloads (hashed character n-grams and words, a regularised logistic regression), how it is trained
 * reproducibly from data the project may redistribute a model from, with a split by intent fixed and shipped with the
 * model, and {@code mock/guarded}, the offline reference assistant that refuses what the guard flags.
 */
@NullMarked
package sg.assay.guard;

import org.jspecify.annotations.NullMarked;
