/** Attack strategies, each an attacker model plus the target plus a judge: template grid, best-of-N, PAIR, TAP and Crescendo, with the attacker session, the budget ledger and the record of every turn. */
@NullMarked
package sg.assay.redteam.attack;

import org.jspecify.annotations.NullMarked;
