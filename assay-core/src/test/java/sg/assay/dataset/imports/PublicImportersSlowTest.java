package sg.assay.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import sg.assay.dataset.DatasetInfo;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;

/** The larger public benchmarks (tens of thousands of rows each): counts and languages as their SOURCE.md states. */
@EnabledIfSystemProperty(named = "assay.slow", matches = "true")
class PublicImportersSlowTest {
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
