package sg.assay.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
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
    void xsafety_has_25599_prompts_in_128_files() {
        Imported x = raw("xsafety", SharedDatasets.folder("xsafety"));
        DatasetInfo i = x.info(Instant.EPOCH);
        assertThat(i.samples()).isEqualTo(25_599);
        assertThat(i.languages())
                .containsEntry("en", 2800)
                .containsEntry("zh-Hans", 2800)
                .containsEntry("hi", 3000)
                .containsEntry("bn", 200)
                .containsEntry("es", 2800)
                .hasSize(10);
        assertThat(i.categories())
                .hasSize(14)
                .containsKey("Crimes_And_Illegal_Activities")
                .doesNotContainKey("Crimes_And_Illegal_Activitie")
                .doesNotContainKey("commen_sense");
    }

    @Test
    void sghatecheck_testcases_and_annotations() {
        Path root = SharedDatasets.folder("sghatecheck");
        Imported ss = raw("sghatecheck", root.resolve("testcases/ss_testcases_all.csv"));
        assertThat(ss.dataset().size()).isEqualTo(7023);
        assertThat(count(ss, s -> s.expected().equals("hateful"))).isEqualTo(4975);
        assertThat(ss.info(Instant.EPOCH).categories()).hasSize(27);
        assertThat(ss.info(Instant.EPOCH).labels()).containsExactly(entry("template", 7023));
        Imported zh = raw("sghatecheck", root.resolve("testcases/zh_testcases_all.csv"));
        assertThat(zh.dataset().size()).isEqualTo(5911);
        assertThat(count(zh, s -> s.expected().equals("non-hateful"))).isEqualTo(1787);
        DatasetInfo ann = imp("sghatecheck", root.resolve("annotations"));
        assertThat(ann.samples()).isEqualTo(2974 + 2848);
        assertThat(ann.languages()).containsExactly(entry("en-SG", 2974), entry("zh-Hans", 2848));
        assertThat(ann.labels()).containsExactly(entry("human", 5822));
        Imported annSs = raw("sghatecheck", root.resolve("annotations/ss_annotations.csv"));
        assertThat(count(annSs, s -> s.expected().equals("no_match"))).isEqualTo(38);
        assertThat(annSs.dataset().samples().getFirst().metadata())
                .containsKeys("annotator_1", "annotator_2", "annotator_3");
    }

    @Test
    void seahatecheck_subsets() {
        Path root = SharedDatasets.folder("seahatecheck");
        DatasetInfo gold = imp("seahatecheck", root.resolve("gold_label_all"));
        assertThat(gold.languages()).containsExactly(entry("id", 8190), entry("th", 8488));
        Imported goldId = raw("seahatecheck", root.resolve("gold_label_all/id.csv"));
        assertThat(count(goldId, s -> s.expected().equals("hateful"))).isEqualTo(5511);
        Imported annTh = raw("seahatecheck", root.resolve("gold_label_annotated/th.csv"));
        assertThat(annTh.dataset().size()).isEqualTo(3952);
        assertThat(count(annTh, s -> s.expected().equals("hateful"))).isEqualTo(2824);
        assertThat(annTh.dataset().samples()).noneMatch(s -> s.prompt().contains("{IDENTITY"));
        assertThat(imp("seahatecheck", root.resolve("gold_label_annotated/id.csv"))
                        .samples())
                .isEqualTo(3579);
        DatasetInfo silver = imp("seahatecheck", root.resolve("silver_label_all"));
        assertThat(silver.languages())
                .containsExactly(entry("en-SG", 3623), entry("id", 4505), entry("th", 4797), entry("zh-Hans", 3588));
        assertThat(silver.labels()).containsExactly(entry("model", 16_513));
        DatasetInfo silverAnn = imp("seahatecheck", root.resolve("silver_label_annotated"));
        assertThat(silverAnn.samples()).isEqualTo(519);
        assertThat(silverAnn.labels()).containsExactly(entry("human", 519));
    }

    @Test
    void sgtoxicguard_has_39205_prompts() {
        DatasetInfo i = imp("sgtoxicguard", SharedDatasets.folder("sgtoxicguard"));
        assertThat(i.samples()).isEqualTo(39_205);
        assertThat(i.categories())
                .containsEntry("toxic-conversation", 12_815 + 2974 + 2848)
                .containsEntry("toxic-qa", 5 * (314 + 182 + 163))
                .containsEntry("toxic-tweet", 12_815 + 2314 + 2144);
        assertThat(i.languages()).containsOnlyKeys("en", "en-SG", "zh-Hans");
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
    void moonshot_files_by_kind_with_their_own_licences() {
        Path root = SharedDatasets.folder("moonshot-data");
        DatasetInfo mlc = imp("moonshot", root.resolve("mlc-ncr-my.json"));
        assertThat(mlc.samples()).isEqualTo(100);
        assertThat(mlc.languages()).containsExactly(entry("ms", 100));
        assertThat(mlc.licence()).isEqualTo("CC-BY-4.0 license");
        int total = 0;
        for (String f : new String[] {
            "singapore-safety-questions",
            "answercarefully-en",
            "answercarefully-cn",
            "answercarefully-my",
            "jailbreak-dan",
            "cvalues",
            "sghatecheck-ss",
            "sghatecheck-zh",
            "bipia-abstract-test",
            "cyberseceval-promptinjection2-en",
            "cyberseceval-promptinjection2-cn",
            "cyberseceval-promptinjection2-my"
        }) {
            total += imp("moonshot", root.resolve(f + ".json")).samples();
        }
        for (String h : new String[] {"ipv", "ncr", "prv", "vcr"}) {
            for (String l : new String[] {"en", "cn", "my"}) {
                total += imp("moonshot", root.resolve("mlc-" + h + "-" + l + ".json"))
                        .samples();
            }
        }
        assertThat(total).isEqualTo(16_932);
        assertThat(imp("moonshot", root.resolve("cyberseceval-promptinjection2-cn.json"))
                        .task())
                .isEqualTo(TaskKind.PROMPT_INJECTION);
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

    @Test
    void hate_speech_corpora_with_human_labels() {
        Imported id = raw("id-hate-speech", SharedDatasets.folder("id-hate-speech-abusive"));
        assertThat(id.dataset().size()).isEqualTo(13_169);
        assertThat(count(id, s -> s.expected().equals("hateful"))).isEqualTo(5561);
        assertThat(count(id, s -> "1".equals(s.metadata().get("Abusive")))).isEqualTo(5043);
        assertThat(id.info(Instant.EPOCH).languages()).containsExactly(entry("id", 13_169));
        Imported vi = raw("vihsd", SharedDatasets.folder("vihsd"));
        assertThat(vi.info(Instant.EPOCH).languages()).containsExactly(entry("vi", 6680));
        Map<String, Long> byLabel = new java.util.TreeMap<>();
        vi.dataset().samples().forEach(s -> byLabel.merge(s.expected(), 1L, Long::sum));
        assertThat(byLabel).containsExactly(entry("clean", 5548L), entry("hate", 688L), entry("offensive", 444L));
    }
}
