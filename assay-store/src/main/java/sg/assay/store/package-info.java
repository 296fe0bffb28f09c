/**
 * The run store: runs and their sample results kept exactly once in SQLite (the default, one file, zero set-up) or
 * PostgreSQL (for teams and several processes), with Flyway migrations per vendor, one group-committing writer and
 * streaming readers.
 */
@NullMarked
package sg.assay.store;

import org.jspecify.annotations.NullMarked;
