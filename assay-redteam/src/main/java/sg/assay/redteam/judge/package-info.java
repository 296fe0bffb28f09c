/** The small judge contracts attacks need (a 1-10 turn judge and an on-topic check) and their rubric implementation over any target; the judges module takes them over when it lands. */
@NullMarked
package sg.assay.redteam.judge;

import org.jspecify.annotations.NullMarked;
