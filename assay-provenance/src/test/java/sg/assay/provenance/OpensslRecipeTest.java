package sg.assay.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recipe of docs/provenance.md, run with the system's openssl and bash: someone without Assay can check a
 * signature and read the key. Skipped when openssl (3.x, for {@code pkeyutl -rawin}) is not installed.
 */
class OpensslRecipeTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needOpenssl() {
        Assumptions.assumeTrue(
                run(List.of("openssl", "version")).startsWith("OpenSSL 3"),
                "openssl 3.x not found on PATH: the openssl interoperability test is skipped");
    }

    @Test
    void should_verify_with_openssl_pkeyutl_using_the_documented_recipe() throws Exception {
        Signer signer = Signer.generate();
        Path report = dir.resolve("report.md");
        Files.writeString(report, "# report\n");
        Envelope env = Envelope.sign(
                Statement.PAYLOAD_TYPE,
                Attestations.file(report, Instant.parse("2026-01-01T00:00:00Z")).bytes(),
                signer);
        Files.writeString(dir.resolve("pub.pem"), PublicKeys.pem(signer.publicKey()));
        // What any JSON tool (jq -r .payloadType / .payload / .signatures[0].sig) extracts from the envelope:
        Files.writeString(dir.resolve("type.txt"), env.payloadType());
        Files.writeString(dir.resolve("payload.b64"), Base64.getEncoder().encodeToString(env.payload()));
        Files.writeString(
                dir.resolve("sig.b64"),
                Base64.getEncoder().encodeToString(env.signatures().getFirst().sig()));
        String recipe = """
                set -e
                TYPE=$(cat type.txt)
                base64 -d payload.b64 > payload.bin
                base64 -d sig.b64 > sig.bin
                printf 'DSSEv1 %d %s %d ' "${#TYPE}" "$TYPE" "$(wc -c < payload.bin)" > pae.bin
                cat payload.bin >> pae.bin
                openssl pkeyutl -verify -rawin -pubin -inkey pub.pem -in pae.bin -sigfile sig.bin
                """;
        assertThat(run(List.of("bash", "-c", recipe))).contains("Signature Verified Successfully");
        assertThat(Files.readAllBytes(dir.resolve("pae.bin"))).isEqualTo(env.pae());

        // a changed payload fails the same recipe
        String payload = new String(env.payload(), StandardCharsets.UTF_8).replace("report.md", "report.MD");
        Files.writeString(
                dir.resolve("payload.b64"),
                Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8)));
        assertThat(run(List.of("bash", "-c", recipe))).contains("Signature Verification Failure");
    }

    @Test
    void should_write_keys_that_openssl_reads_with_the_same_key_id() throws Exception {
        KeyRing ring = new KeyRing(dir.resolve("keys"), 1000);
        TrustedKey key = ring.generate("acme", "s3cret-pass".toCharArray());
        String pub = run(List.of(
                "openssl",
                "pkey",
                "-in",
                ring.privateKeyFile("acme").toString(),
                "-passin",
                "pass:s3cret-pass",
                "-pubout"));
        assertThat(pub).isEqualTo(Files.readString(ring.publicKeyFile("acme")));
        String der = run(List.of(
                "bash", "-c", "openssl pkey -pubin -in '" + ring.publicKeyFile("acme") + "' -outform DER | sha256sum"));
        assertThat(der).startsWith(key.keyId());
        assertThat(run(List.of(
                        "openssl",
                        "pkey",
                        "-in",
                        ring.privateKeyFile("acme").toString(),
                        "-passin",
                        "pass:wrong",
                        "-noout")))
                .containsIgnoringCase("bad decrypt");
    }

    private String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(20, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
