package sg.assay.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sg.assay.json.Json;
import sg.assay.run.SampleResult;

class ResultTableTest {

    /** The writers bound to their types write exactly what the shared mapper writes for the same values. */
    @Test
    void pendingJsonIsWhatTheSharedMapperWrites() {
        for (SampleResult r : List.of(
                Fixtures.completed("run-1", "s1", 1),
                Fixtures.failed("run-1", "s2", 2),
                Fixtures.blocked("run-1", "s3", 1))) {
            ResultTable.Pending p = ResultTable.Pending.of(r);
            assertThat(p.scoresJson()).isEqualTo(Json.write(r.scores()));
            assertThat(p.resultJson()).isEqualTo(Json.write(r));
            assertThat(Json.read(p.resultJson(), SampleResult.class)).isEqualTo(r);
        }
    }
}
