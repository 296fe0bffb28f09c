package sg.assay.store;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a test class, with a clear reason, unless {@code ASSAY_TEST_PG_URL} names a PostgreSQL server. */
final class NeedsPostgres implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return TestPostgres.configured().isBlank()
                ? ConditionEvaluationResult.disabled(TestPostgres.VARIABLE
                        + " is not set: skipping PostgreSQL store tests (start one with scripts/ci-postgres.sh)")
                : ConditionEvaluationResult.enabled(TestPostgres.VARIABLE + " is set");
    }
}
