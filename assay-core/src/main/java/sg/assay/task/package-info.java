/**
 * Tasks and suites defined in YAML without Java: dataset, system prompt, solver chain, scorers and defaults; and the
 * planner that turns a task and the user's options into an executable run.
 */
@NullMarked
package sg.assay.task;

import org.jspecify.annotations.NullMarked;
