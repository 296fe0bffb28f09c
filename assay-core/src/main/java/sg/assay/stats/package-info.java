/** Statistics: intervals for proportions and means, clustered standard errors, bootstrap, paired comparisons. */
@NullMarked
package sg.assay.stats;

import org.jspecify.annotations.NullMarked;
