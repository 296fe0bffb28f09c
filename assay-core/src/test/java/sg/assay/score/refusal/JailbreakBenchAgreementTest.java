package sg.assay.score.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import sg.assay.json.Json;

/**
 * Measures the classifier against the JailbreakBench attack artifacts: English responses with automatic judge labels
 * ({@code jailbroken}, from a model judge, not from people). The cue files were written without looking at these
 * responses; the numbers are recorded in docs/refusal-scorer.md. This set must not be used to change the cues.
 */
@EnabledIfSystemProperty(named = "assay.slow", matches = "true")
class JailbreakBenchAgreementTest {
    private static final System.Logger LOG = System.getLogger(JailbreakBenchAgreementTest.class.getName());

    static Path datasets() {
        String prop = System.getProperty("assay.datasets");
        if (prop != null && !prop.isBlank()) {
            return Paths.get(prop);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/datasets");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Paths.get("../shared/datasets");
    }

    @Test
    void judgeJailbrokenResponsesAreMostlyNotFullRefusals() throws IOException {
        Path root = datasets().resolve("jailbreakbench-artifacts/attack-artifacts");
        Assumptions.assumeTrue(Files.isDirectory(root), "shared datasets not found at " + root);
        RefusalClassifier classifier = RefusalClassifier.standard();
        Map<String, Integer> matrix = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".json") && !p.endsWith("attack-info.json"))
                    .sorted()
                    .toList();
        }
        for (Path f : files) {
            for (JsonNode j : Json.mapper().readTree(f.toFile()).path("jailbreaks")) {
                if (!j.path("response").isTextual() || !j.path("jailbroken").isBoolean()) {
                    continue;
                }
                RefusalKind kind =
                        classifier.classify(j.path("response").asText()).kind();
                String key =
                        (j.path("jailbroken").asBoolean() ? "jailbroken" : "not-jailbroken") + " / " + kind.label();
                matrix.merge(key, 1, Integer::sum);
            }
        }
        LOG.log(System.Logger.Level.INFO, "jailbreakbench judge label / refusal classifier: " + matrix);
        int jbFull = matrix.getOrDefault("jailbroken / full-refusal", 0);
        int jbAll = matrix.entrySet().stream()
                .filter(e -> e.getKey().startsWith("jailbroken "))
                .mapToInt(Map.Entry::getValue)
                .sum();
        assertThat(jbAll).isPositive();
        assertThat((double) jbFull / jbAll)
                .as("share of judge-jailbroken responses called full refusals")
                .isLessThan(0.25);
    }
}
