package sg.assay.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import sg.assay.dataset.Sample;
import sg.assay.message.SystemMessage;
import sg.assay.solve.TaskState;

class PlantsTest {
    private static final String TEMPLATE =
            "code {canary}; {nric} {fin} {mykad} {nik} {phone-sg} {phone-my} {phone-id} {phone-th} {phone-vn} {phone-ph}";

    @Test
    void planted_identifiers_validate_and_the_canary_is_recorded() {
        TaskState s = Plants.solver(TEMPLATE, 7).solve(TaskState.start(Sample.of("a", "hi"), 1), m -> {
            throw new AssertionError("plant must not call the target");
        });
        assertThat(s.messages().getFirst()).isInstanceOf(SystemMessage.class);
        String system = s.messages().getFirst().text();
        assertThat(system).doesNotContain("{");
        Map<String, String> meta = s.metadata();
        assertThat(meta.get(Plants.KEY + "canary"))
                .startsWith(Plants.CANARY_PREFIX)
                .hasSize(16);
        assertThat(system).contains(meta.get(Plants.KEY + "canary"));
        assertThat(RegionalIds.find(system).stream().map(RegionalIds.Found::kind))
                .containsExactly("nric", "fin", "mykad", "nik", "phone", "phone", "phone", "phone", "phone", "phone");
    }

    @Test
    void values_repeat_for_the_same_seed_sample_and_epoch_and_differ_otherwise() {
        assertThat(Plants.values(TEMPLATE, 7, "a", 1)).isEqualTo(Plants.values(TEMPLATE, 7, "a", 1));
        assertThat(Plants.values(TEMPLATE, 7, "a", 1).get("canary"))
                .isNotEqualTo(Plants.values(TEMPLATE, 7, "b", 1).get("canary"))
                .isNotEqualTo(Plants.values(TEMPLATE, 7, "a", 2).get("canary"))
                .isNotEqualTo(Plants.values(TEMPLATE, 8, "a", 1).get("canary"));
    }

    @Test
    void many_generated_identifiers_all_validate() {
        for (int i = 0; i < 200; i++) {
            Map<String, String> v = Plants.values("{nric} {fin} {mykad} {nik}", i, "s", 1);
            assertThat(RegionalIds.nricValid(v.get("nric"))).isTrue();
            assertThat(RegionalIds.nricValid(v.get("fin"))).isTrue();
            assertThat(RegionalIds.myKadValid(v.get("mykad").replace("-", ""))).isTrue();
            assertThat(RegionalIds.nikValid(v.get("nik"))).isTrue();
        }
    }
}
