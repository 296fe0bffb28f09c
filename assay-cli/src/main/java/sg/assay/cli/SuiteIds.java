package sg.assay.cli;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import sg.assay.run.Execution;
import sg.assay.run.RunRecord;

/** Suite ids, and attaching one to planned runs. */
final class SuiteIds {
    private SuiteIds() {}

    static String next(Clock clock) {
        byte[] b = new byte[3];
        ThreadLocalRandom.current().nextBytes(b);
        return "suite-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                        .withZone(ZoneOffset.UTC)
                        .format(clock.instant()) + "-" + HexFormat.of().formatHex(b);
    }

    static Execution assign(Execution e, String suiteId) {
        RunRecord r = e.record();
        RunRecord withSuite =
                new RunRecord(r.id(), suiteId, r.spec(), r.status(), r.created(), r.updated(), r.error(), r.summary());
        return new Execution(
                withSuite, e.resume(), e.samples(), e.solvers(), e.scorers(), e.target(), e.reducer(), e.cache());
    }
}
