/** Red-team mock targets: a scripted attacker, a scripted judge and a wavering target, so campaigns run offline; reports stamp runs that use them as demos. */
@NullMarked
package sg.assay.redteam.mock;

import org.jspecify.annotations.NullMarked;
