/** Campaigns: behaviours x strategies x converters x languages planned as runs of one suite, and their analysis (attack success rates clustered by behaviour, Kaplan-Meier curves of queries to success, best attacks, comparisons across targets, findings). */
@NullMarked
package sg.assay.redteam.campaign;

import org.jspecify.annotations.NullMarked;
