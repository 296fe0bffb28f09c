package sg.assay.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import sg.assay.ConfigException;

/**
 * Feeds every importer truncated and byte-corrupted copies of a real source file (written to a temporary folder):
 * each import must either succeed or fail with a {@link ConfigException} naming the file and line, never another
 * exception and never a hang. The slow profile runs more rounds per file.
 */
class ImporterFuzzTest {
    private static final int MAX_BYTES = 64 * 1024;
    private static final int ROUNDS = Boolean.getBoolean("assay.slow") ? 24 : 4;

    @TempDir
    Path tmp;

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("multijail", "multijail/MultiJail.csv", List.of(), Map.of()),
                Arguments.of("xsafety", "xsafety/en/Insult_n.csv", List.of(), Map.of()),
                Arguments.of("sghatecheck", "sghatecheck/annotations/zh_annotations.csv", List.of(), Map.of()),
                Arguments.of("seahatecheck", "seahatecheck/gold_label_annotated/th.csv", List.of(), Map.of()),
                Arguments.of("sgtoxicguard", "sgtoxicguard/task2_race_zh.jsonl", List.of(), Map.of()),
                Arguments.of(
                        "sea-helm-safety",
                        "sea-helm-safety-cultural/cultural_content_generation/vi_cultural_content_generation.jsonl",
                        List.of(),
                        Map.of()),
                Arguments.of("moonshot", "moonshot-data/mlc-vcr-my.json", List.of(), Map.of()),
                Arguments.of("do-not-answer", "do-not-answer/do_not_answer_en.csv", List.of(), Map.of()),
                Arguments.of("xstest", "xstest/xstest_prompts.csv", List.of(), Map.of()),
                Arguments.of("advbench", "advbench/harmful_behaviors.csv", List.of(), Map.of()),
                Arguments.of("harmbench", "harmbench/harmbench_behaviors_text_val.csv", List.of(), Map.of()),
                Arguments.of("strongreject", "strongreject/strongreject_dataset.csv", List.of(), Map.of()),
                Arguments.of(
                        "jailbreakbench",
                        "jailbreakbench-artifacts/attack-artifacts/PAIR/black_box/vicuna-13b-v1.5.json",
                        List.of(),
                        Map.of()),
                Arguments.of(
                        "cyberseceval-pi", "cyberseceval/prompt_injection/prompt_injection.json", List.of(), Map.of()),
                Arguments.of("cyberseceval-frr", "cyberseceval/mitre_frr/mitre_frr.json", List.of(), Map.of()),
                Arguments.of("bipia", "bipia/email/test.jsonl", List.of("bipia/text_attack_test.json"), Map.of()),
                Arguments.of("injecagent", "injecagent/test_cases_dh_base.json", List.of(), Map.of()),
                Arguments.of("agentdojo", "agentdojo/derived_agentdojo_tasks.json", List.of(), Map.of()),
                Arguments.of("tensor-trust", "tensor-trust/extraction_robustness_dataset.jsonl", List.of(), Map.of()),
                Arguments.of("id-hate-speech", "id-hate-speech-abusive/re_dataset.csv", List.of(), Map.of()),
                Arguments.of("vihsd", "vihsd/test.csv", List.of(), Map.of()),
                Arguments.of(
                        "csv", "xstest/xstest_prompts.csv", List.of(), Map.of("map", "input=prompt,category=type")),
                Arguments.of(
                        "jsonl",
                        "tensor-trust/hijacking_robustness_dataset.jsonl",
                        List.of(),
                        Map.of("map", "id=sample_id,input=attack")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void truncated_or_corrupted_files_give_located_errors_or_clean_results(
            String format, String source, List<String> companions, Map<String, String> params) throws IOException {
        Path root = SharedDatasets.folder(source.substring(0, source.indexOf('/')));
        byte[] original = Files.readAllBytes(root.getParent().resolve(source));
        byte[] base = Arrays.copyOf(original, Math.min(original.length, MAX_BYTES));
        for (String c : companions) {
            Path to = tmp.resolve(c);
            Files.createDirectories(to.getParent());
            Files.copy(root.getParent().resolve(c), to);
        }
        Importer importer = Importers.builtIn().get(format);
        Random random = new Random(source.hashCode());
        Path file = tmp.resolve(source);
        Files.createDirectories(file.getParent());
        for (int round = 0; round < ROUNDS; round++) {
            Files.write(file, round % 2 == 0 ? truncate(base, random) : corrupt(base, random));
            boolean skip = round >= ROUNDS - 2;
            ImportOptions options = ImportOptions.defaults().withParams(params).withSkipBadRows(skip);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> importOnce(importer, file, options));
        }
    }

    private static void importOnce(Importer importer, Path file, ImportOptions options) {
        try {
            Imported result = importer.read(file, options);
            assertThat(result.rows()).isGreaterThanOrEqualTo(0);
        } catch (ConfigException e) {
            String message = String.valueOf(e.getMessage());
            assertThat(message)
                    .as("error names the file and line")
                    .matches("(?s).*" + Pattern.quote(file.getFileName().toString()) + ":\\d+: .+");
            assertThat(message).doesNotContain("\n");
        } catch (RuntimeException e) {
            fail("expected a ConfigException or a clean import, got " + e, e);
        }
    }

    private static byte[] truncate(byte[] base, Random random) {
        return Arrays.copyOf(base, random.nextInt(Math.max(1, base.length)));
    }

    private static byte[] corrupt(byte[] base, Random random) {
        byte[] out = base.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && out.length > 0; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }
}
