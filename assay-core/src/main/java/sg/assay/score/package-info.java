/** Scorers turn a finished conversation into scores; judges are scorers that ask another target. */
@NullMarked
package sg.assay.score;

import org.jspecify.annotations.NullMarked;
