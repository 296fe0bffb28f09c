/** Red-teaming: the attack solver and scorer that run one attack as one sample of a run, and the components to register (solvers, scorers, model-driven converters, red-team mock targets). */
@NullMarked
package sg.assay.redteam;

import org.jspecify.annotations.NullMarked;
