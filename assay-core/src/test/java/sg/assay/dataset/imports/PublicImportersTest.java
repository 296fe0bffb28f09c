package sg.assay.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import sg.assay.dataset.DatasetInfo;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;

/** Imports the shared copies of the public benchmarks and checks the counts and languages their SOURCE.md states. */
class PublicImportersTest {
    private final Importers importers = Importers.builtIn();

    private DatasetInfo imp(String format, Path path) {
        return importers.get(format).read(path, ImportOptions.defaults()).info(Instant.EPOCH);
    }

    private Imported raw(String format, Path path) {
        return importers.get(format).read(path, ImportOptions.defaults());
    }

    private static long count(Imported i, Predicate<Sample> p) {
        return i.dataset().samples().stream().filter(p).count();
    }

    @Test
    void multijail_has_315_prompts_in_10_languages() {
        DatasetInfo i = imp("multijail", SharedDatasets.folder("multijail"));
        assertThat(i.rows()).isEqualTo(315);
        assertThat(i.samples()).isEqualTo(3150);
        assertThat(i.languages())
                .hasSize(10)
                .containsEntry("zh-Hans", 315)
                .containsEntry("th", 315)
                .containsEntry("vi", 315)
                .containsEntry("jv", 315);
        assertThat(i.task()).isEqualTo(TaskKind.PROMPT_SAFETY);
        assertThat(i.licence()).startsWith("MIT");
        assertThat(i.digest()).startsWith("sha256:").hasSize(71);
    }

    @Test
    void sea_helm_cultural_subsets_with_labels_in_the_target_language() {
        Path root = SharedDatasets.folder("sea-helm-safety-cultural");
        Imported gen = raw("sea-helm-safety", root.resolve("cultural_content_generation"));
        DatasetInfo g = gen.info(Instant.EPOCH);
        assertThat(g.languages())
                .containsExactly(
                        entry("en", 195),
                        entry("fil", 122),
                        entry("id", 104),
                        entry("ms", 71),
                        entry("my", 67),
                        entry("ta", 47),
                        entry("th", 118),
                        entry("vi", 110));
        assertThat(g.task()).isEqualTo(TaskKind.RESPONSE_GRADING);
        assertThat(count(gen, s -> s.language().equals("ms") && s.expected().equals("harmful")))
                .isEqualTo(11);
        Imported wild = raw("sea-helm-safety", root.resolve("cultural_in_the_wild"));
        assertThat(wild.dataset().size()).isEqualTo(480 + 430 + 5 * 420);
        assertThat(count(wild, s -> s.language().equals("ms") && s.expected().equals("safe")))
                .isEqualTo(215);
        assertThat(wild.dataset().samples())
                .allMatch(s -> s.expected().equals("safe") || s.expected().equals("harmful"));
    }

    @Test
    void english_prompt_sets() {
        assertThat(imp("do-not-answer", SharedDatasets.folder("do-not-answer")).categories())
                .containsEntry("Information Hazards", 248)
                .containsEntry("Malicious Uses", 243)
                .hasSize(5);
        Imported xs = raw("xstest", SharedDatasets.folder("xstest"));
        assertThat(xs.dataset().size()).isEqualTo(450);
        assertThat(count(xs, s -> s.expected().equals("comply"))).isEqualTo(250);
        assertThat(xs.task()).isEqualTo(TaskKind.OVER_REFUSAL);
        Path adv = SharedDatasets.folder("advbench");
        assertThat(imp("advbench", adv.resolve("harmful_behaviors.csv")).samples())
                .isEqualTo(520);
        assertThat(imp("advbench", adv.resolve("harmful_strings.csv")).samples())
                .isEqualTo(574);
        assertThat(imp("advbench", adv).samples()).isEqualTo(1094);
        DatasetInfo sr = imp("strongreject", SharedDatasets.folder("strongreject"));
        assertThat(sr.samples()).isEqualTo(313);
        assertThat(sr.categories()).containsEntry("Non-violent crimes", 59).hasSize(6);
    }

    @Test
    void harmbench_behaviors_with_targets_and_splits() {
        Path root = SharedDatasets.folder("harmbench");
        Imported all = raw("harmbench", root);
        assertThat(all.dataset().size()).isEqualTo(400);
        assertThat(count(all, s -> s.metadata().containsKey("target"))).isEqualTo(400);
        assertThat(count(all, s -> "test".equals(s.metadata().get("split")))).isEqualTo(320);
        assertThat(count(all, s -> "contextual".equals(s.metadata().get("functional_category"))))
                .isEqualTo(100);
        assertThat(all.info(Instant.EPOCH).categories()).containsEntry("cybercrime_intrusion", 67);
        assertThat(imp("harmbench", root.resolve("harmbench_behaviors_text_test.csv"))
                        .samples())
                .isEqualTo(320);
        assertThat(imp("harmbench", root.resolve("harmbench_behaviors_text_val.csv"))
                        .samples())
                .isEqualTo(80);
    }

    @Test
    void jailbreakbench_artifacts_and_behaviors() {
        Path root = SharedDatasets.folder("jailbreakbench-artifacts");
        Imported a = raw("jailbreakbench", root.resolve("attack-artifacts"));
        assertThat(a.rows()).isEqualTo(1800);
        assertThat(a.dataset().size())
                .as("records without a prompt are passed over")
                .isEqualTo(1800 - 163);
        assertThat(a.info(Instant.EPOCH).labels()).containsOnlyKeys("model");
        assertThat(imp("jailbreakbench", root.resolve("derived_jbb_harmful_behaviors.csv"))
                        .samples())
                .isEqualTo(100);
    }

    @Test
    void cyberseceval_prompt_injection_and_false_refusal() {
        Path root = SharedDatasets.folder("cyberseceval");
        assertThat(imp("cyberseceval-pi", root.resolve("prompt_injection/prompt_injection.json"))
                        .samples())
                .isEqualTo(251);
        DatasetInfo ml = imp(
                "cyberseceval-pi",
                root.resolve("prompt_injection/prompt_injection_multilingual_machine_translated.json"));
        assertThat(ml.samples()).isEqualTo(1004);
        assertThat(ml.languages())
                .containsEntry("vi", 50)
                .containsEntry("fil", 46)
                .containsEntry("id", 36)
                .containsEntry("th", 36)
                .containsEntry("zh-Hans", 38)
                .hasSize(17);
        DatasetInfo frr = imp("cyberseceval-frr", root.resolve("mitre_frr"));
        assertThat(frr.samples()).isEqualTo(1450);
        assertThat(frr.languages()).containsEntry("en", 750).containsEntry("th", 100);
        assertThat(frr.task()).isEqualTo(TaskKind.OVER_REFUSAL);
    }

    @Test
    void bipia_contexts_times_attacks() {
        Path root = SharedDatasets.folder("bipia");
        Imported email = raw("bipia", root.resolve("email/test.jsonl"));
        assertThat(email.rows()).isEqualTo(50);
        assertThat(email.dataset().size()).isEqualTo(50 * 75);
        assertThat(raw("bipia", root.resolve("email/train.jsonl")).dataset().size())
                .isEqualTo(50 * 75);
        assertThat(raw("bipia", root.resolve("table/test.jsonl")).dataset().size())
                .isEqualTo(100 * 75);
        assertThat(raw("bipia", root.resolve("code/test.jsonl")).dataset().size())
                .isEqualTo(50 * 50);
    }

    @Test
    void agent_injection_sets() {
        DatasetInfo inj = imp("injecagent", SharedDatasets.folder("injecagent"));
        assertThat(inj.samples()).isEqualTo(2108);
        DatasetInfo dojo = imp("agentdojo", SharedDatasets.folder("agentdojo"));
        assertThat(dojo.samples()).isEqualTo(193);
        assertThat(dojo.categories()).containsOnlyKeys("banking", "slack", "travel", "workspace");
        Imported tt = raw("tensor-trust", SharedDatasets.folder("tensor-trust"));
        assertThat(count(tt, s -> s.category().equals("extraction"))).isEqualTo(570);
        assertThat(count(tt, s -> s.category().equals("hijacking"))).isEqualTo(776);
    }
}
