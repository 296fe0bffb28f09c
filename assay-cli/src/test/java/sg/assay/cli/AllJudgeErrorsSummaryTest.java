package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose samples all completed but whose every score is a judge error says so, not "no completed samples". */
class AllJudgeErrorsSummaryTest {
    @TempDir
    Path home;

    @Test
    void a_run_of_judge_errors_only_is_not_called_a_run_without_completed_samples() {
        CliHarness cli = new CliHarness(home);
        CliHarness.Result r = cli.run(
                "run",
                "sea-smoke",
                "--target",
                "mock/echo",
                "--scorer",
                "judge/safety:target=mock/refuse",
                "--limit",
                "3");
        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("samples 3: 3 completed")
                .contains("judge errors (left out of the metrics): {judge/safety=3}")
                .contains("no metrics: every score was left out (judge errors or not assessed, counted above)")
                .doesNotContain("no completed samples");
    }
}
