package sg.assay.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.message.Message;
import sg.assay.run.DatasetRef;
import sg.assay.run.Limits;
import sg.assay.run.Provenance;
import sg.assay.run.RunRecord;
import sg.assay.run.RunSpec;
import sg.assay.run.RunStatus;
import sg.assay.run.SampleOutcome;
import sg.assay.run.SampleResult;
import sg.assay.run.Timings;
import sg.assay.score.Score;
import sg.assay.target.Usage;

class FindingsTest {
    private final TagCatalog catalog = TagCatalog.standard();

    static RunRecord run() {
        RunSpec spec = new RunSpec(
                "probe-prompt-extraction",
                new DatasetRef("d", "dataset:d", "sha256:0", 2, "test", Map.of()),
                List.of(Spec.of("generate")),
                List.of(Spec.of("canary-leak")),
                Spec.of("mock/echo"),
                1,
                "mean",
                1,
                false,
                Map.of(),
                Limits.defaults(),
                false,
                new Provenance("t", "r", "u", "h", "21"));
        Instant t = Instant.parse("2026-11-23T00:00:00Z");
        return new RunRecord("20261123-000000-abcdef", "", spec, RunStatus.COMPLETED, t, t, "", Optional.empty());
    }

    static SampleResult result(String id, double value, SampleOutcome outcome) {
        return new SampleResult(
                "20261123-000000-abcdef",
                id,
                1,
                "ms",
                "",
                id,
                "q",
                "a",
                List.of(Message.system("sys"), Message.user("q"), Message.assistant("a")),
                List.of(
                        new Score("canary-leak", value, "leaked", "canary found (base64)", Map.of()),
                        new Score("refusal", 1, "", "", Map.of())),
                outcome,
                Usage.ZERO,
                new Timings(Instant.parse("2026-11-23T00:00:01Z"), 1, 1),
                Map.of());
    }

    @Test
    void the_catalog_maps_every_probe_to_known_owasp_and_atlas_tags() {
        for (String probe : List.of(
                "canary-leak",
                "pii-leak",
                "exfiltration",
                "unsafe-output",
                "package-hallucination",
                "excessive-agency")) {
            TagCatalog.SourceDefaults d = catalog.source(probe).orElseThrow();
            assertThat(d.tags()).as(probe).isNotEmpty();
            assertThat(d.tags()).anyMatch(t -> t.framework().equals("owasp-llm-2025"));
        }
        assertThat(catalog.tags(List.of("LLM07:2025", "AML.T0056")))
                .extracting(Tag::framework)
                .containsExactly("owasp-llm-2025", "mitre-atlas");
        assertThat(catalog.all().stream().filter(t -> t.framework().equals("owasp-llm-2025")))
                .hasSize(10);
        assertThatThrownBy(() -> catalog.tags(List.of("LLM11:2025"))).isInstanceOf(ConfigException.class);
    }

    @Test
    void a_run_yields_one_finding_per_flagged_completed_sample() {
        RunFindings findings = new RunFindings(catalog);
        List<Finding> hit = findings.of(run(), result("s1", 1, new SampleOutcome.Completed()));
        assertThat(hit).hasSize(1);
        Finding f = hit.getFirst();
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.source()).isEqualTo(new Finding.Source("probe", "canary-leak"));
        assertThat(f.tags()).extracting(Tag::id).contains("LLM07:2025", "AML.T0056");
        assertThat(f.transcript()).hasSize(3);
        assertThat(f.language()).isEqualTo("ms");
        assertThat(findings.of(run(), result("s1", 1, new SampleOutcome.Completed()))
                        .getFirst()
                        .id())
                .as("stable id")
                .isEqualTo(f.id());
        assertThat(findings.of(run(), result("s2", 0, new SampleOutcome.Completed())))
                .isEmpty();
        assertThat(findings.of(run(), result("s3", 1, new SampleOutcome.Failed("x", "y"))))
                .isEmpty();
    }

    @Test
    void an_attack_finding_is_sourced_to_its_strategy_and_a_probe_finding_to_its_probe() {
        SampleResult probe = result("s1", 1, new SampleOutcome.Completed());
        SampleResult attack = new SampleResult(
                probe.runId(),
                "b1",
                1,
                "en",
                "",
                "b1",
                "q",
                "a",
                probe.transcript(),
                List.of(new Score("attack-success", 1, "", "score 10 >= 10", Map.of())),
                new SampleOutcome.Completed(),
                Usage.ZERO,
                probe.timings(),
                Map.of(RunFindings.STRATEGY_KEY, "tap"));
        Finding f = new RunFindings(catalog).of(run(), attack).getFirst();
        assertThat(f.source()).isEqualTo(new Finding.Source("strategy", "tap"));
        assertThat(f.title()).isEqualTo("Jailbreak found by tree search");
        assertThat(new RunFindings(catalog).of(run(), probe).getFirst().source())
                .isEqualTo(new Finding.Source("probe", "canary-leak"));
        SampleResult unnamed = new SampleResult(
                probe.runId(),
                "b2",
                1,
                "en",
                "",
                "b2",
                "q",
                "a",
                probe.transcript(),
                attack.scores(),
                new SampleOutcome.Completed(),
                Usage.ZERO,
                probe.timings(),
                Map.of());
        assertThat(new RunFindings(catalog).of(run(), unnamed).getFirst().source())
                .as("an attack-success score without a named strategy is still a strategy finding")
                .isEqualTo(new Finding.Source("strategy", "attack-success"));
        assertThat(catalog.source("manual").orElseThrow().kind()).isEqualTo("chat");
    }

    @Test
    void saved_findings_round_trip_and_summaries_put_the_worst_first(@TempDir Path dir) {
        FindingStore store = new FindingStore(dir.resolve("findings.jsonl"));
        Finding high = new RunFindings(catalog)
                .of(run(), result("s1", 1, new SampleOutcome.Completed()))
                .getFirst();
        Finding low = new Finding(
                "F-1",
                "note",
                Severity.LOW,
                new Finding.Source("chat", "manual"),
                "mock/echo",
                true,
                "",
                "",
                "",
                "looks odd",
                List.of(),
                List.of(Message.user("hi")),
                Instant.parse("2026-11-23T00:00:00Z"));
        store.append(low);
        store.append(high);
        List<Finding> back = store.list();
        assertThat(back).containsExactly(low, high);
        FindingsSummary summary = FindingsSummary.of(back);
        assertThat(summary.findings()).containsExactly(high, low);
        assertThat(summary.bySeverity()).containsEntry(Severity.HIGH, 1L).containsEntry(Severity.CRITICAL, 0L);
        assertThat(summary.bySeverity().keySet()).first().isEqualTo(Severity.CRITICAL);
        assertThat(summary.byTag()).containsEntry("LLM07:2025", 1L);
    }
}
