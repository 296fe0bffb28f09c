package sg.assay.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of tampering is detected, and the message names what was changed. */
class TamperTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    Signer signer;
    Verifier verifier;
    Path bundleFile;
    Envelope envelope;

    @BeforeEach
    void signABundle() throws Exception {
        signer = Signer.generate();
        verifier = new Verifier(List.of(TrustedKey.of("us", signer.publicKey(), "own")));
        RunBundle bundle = bundle("run-1", 5);
        bundleFile = dir.resolve("run-1.bundle.json");
        Files.write(bundleFile, bundle.bytes());
        envelope = Envelope.sign(
                Statement.PAYLOAD_TYPE,
                Attestations.run(bundle, "run-1.bundle.json", NOW).bytes(),
                signer);
    }

    static RunBundle bundle(String runId, int samples) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode run = f.objectNode().put("id", runId).put("task", "demo").put("status", "completed");
        run.putArray("metrics").addObject().put("scorer", "includes").put("estimate", 0.6);
        List<JsonNode> lines = new ArrayList<>();
        for (int i = 1; i <= samples; i++) {
            lines.add(f.objectNode()
                    .put("run_id", runId)
                    .put("sample_id", "s" + i)
                    .put("epoch", 1)
                    .put("output", "answer " + i)
                    .put("score", i % 2));
        }
        return new RunBundle(run, lines);
    }

    @Test
    void should_pass_an_untouched_bundle_and_its_sha256sum_is_its_digest() throws Exception {
        Verification v = verifier.verify(envelope, bundleFile);
        assertThat(v.problems()).isEmpty();
        assertThat(v.ok()).isTrue();
        assertThat(v.signers()).singleElement().asString().startsWith("us (own key " + signer.keyId());
        Statement st = Statement.fromPayload(envelope.payload(), "test");
        assertThat(Digests.bytes(Files.readAllBytes(bundleFile)))
                .isEqualTo("sha256:" + st.subjects().getFirst().digest().get("sha256"));
    }

    @Test
    void should_name_the_sample_line_when_a_byte_is_flipped() throws Exception {
        byte[] bytes = Files.readAllBytes(bundleFile);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("answer 3");
        bytes[at] = (byte) ('a' ^ 0x02); // "cnswer 3"
        Files.write(bundleFile, bytes);
        Verification v = verifier.verify(envelope, bundleFile);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems())
                .singleElement()
                .asString()
                .startsWith("sample line 3 (sample s3, epoch 1) changed: its content differs from the signed line 3");
    }

    @Test
    void should_name_a_dropped_sample() throws Exception {
        ObjectNode b = read();
        ((ArrayNode) b.get("samples")).remove(1);
        write(b);
        assertThat(verifier.verify(envelope, bundleFile).problems())
                .containsExactly(
                        "sample count changed: signed 5, now 4",
                        "sample line 2 (sample s2, epoch 1) is missing: it was signed but is gone");
    }

    @Test
    void should_name_reordered_samples() throws Exception {
        ObjectNode b = read();
        ArrayNode samples = (ArrayNode) b.get("samples");
        JsonNode second = samples.get(1);
        samples.set(1, samples.get(2));
        samples.set(2, second);
        write(b);
        assertThat(verifier.verify(envelope, bundleFile).problems())
                .containsExactly(
                        "samples reordered: line 2 holds sample s3, epoch 1, which was signed as line 3",
                        "samples reordered: line 3 holds sample s2, epoch 1, which was signed as line 2");
    }

    @Test
    void should_name_an_extra_sample_and_a_changed_run_record_field() throws Exception {
        ObjectNode b = read();
        ((ArrayNode) b.get("samples"))
                .addObject()
                .set("line", bundle("run-1", 6).lines().get(5));
        ((ObjectNode) b.get("run").get("metrics").get(0)).put("estimate", 0.9);
        write(b);
        assertThat(verifier.verify(envelope, bundleFile).problems())
                .containsExactly(
                        "run record field 'metrics' changed",
                        "sample count changed: signed 5, now 6",
                        "extra sample line 6 (sample s6, epoch 1) was not signed");
    }

    @Test
    void should_detect_a_signature_swapped_from_another_envelope() {
        RunBundle other = bundle("run-2", 3);
        Envelope otherEnvelope = Envelope.sign(
                Statement.PAYLOAD_TYPE,
                Attestations.run(other, "run-2.bundle.json", NOW).bytes(),
                signer);
        Envelope swapped = new Envelope(envelope.payloadType(), envelope.payload(), otherEnvelope.signatures());
        Verification v = verifier.verify(swapped, bundleFile);
        assertThat(v.ok()).isFalse();
        assertThat(v.signers()).isEmpty();
        assertThat(v.problems())
                .singleElement()
                .asString()
                .contains("the signature by 'us'", "does not verify", "swapped");
    }

    @Test
    void should_reject_a_signature_by_an_unknown_key() {
        Signer stranger = Signer.generate();
        Envelope foreign = Envelope.sign(envelope.payloadType(), envelope.payload(), stranger);
        Verification v = verifier.verify(foreign, bundleFile);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems())
                .singleElement()
                .asString()
                .contains("unknown key " + stranger.keyId(), "assay keys trust add");
    }

    @Test
    void should_detect_a_flipped_byte_in_the_signed_payload() {
        byte[] payload = envelope.payload();
        payload[payload.length / 2] ^= 0x01;
        Envelope altered = new Envelope(envelope.payloadType(), payload, envelope.signatures());
        assertThat(verifier.verify(altered, bundleFile).problems())
                .anySatisfy(p -> assertThat(p).contains("does not verify"));
    }

    @Test
    void should_verify_files_by_bytes_and_json_by_content() throws Exception {
        Path md = dir.resolve("report.md");
        Files.writeString(md, "# Report\n\nrate 0.50\n");
        Envelope mdEnv =
                Envelope.sign(Statement.PAYLOAD_TYPE, Attestations.file(md, NOW).bytes(), signer);
        Path json = dir.resolve("run.json");
        Files.writeString(json, "{\"b\": 1, \"a\": [1, 2]}");
        Envelope jsonEnv = Envelope.sign(
                Statement.PAYLOAD_TYPE, Attestations.file(json, NOW).bytes(), signer);
        assertThat(verifier.verify(mdEnv, md).ok()).isTrue();

        Files.writeString(md, "# Report\n\nrate 0.90\n");
        assertThat(verifier.verify(mdEnv, md).problems())
                .singleElement()
                .asString()
                .startsWith("file report.md changed: its bytes digest is sha256:");

        Files.writeString(json, "{\n  \"a\": [1, 2.0],\n  \"b\": 1\n}\n");
        assertThat(verifier.verify(jsonEnv, json).ok())
                .as("reformatted JSON keeps its content digest")
                .isTrue();
        Files.writeString(json, "{\"a\": [1, 3], \"b\": 1}");
        assertThat(verifier.verify(jsonEnv, json).problems())
                .singleElement()
                .asString()
                .startsWith("file run.json changed: its rfc8785 digest");
    }

    private ObjectNode read() throws Exception {
        return (ObjectNode) CanonicalJson.parse(Files.readString(bundleFile));
    }

    private void write(ObjectNode b) throws Exception {
        Files.write(bundleFile, CanonicalJson.bytes(b));
    }
}
