package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keys, sign and verify end to end: runs, bundles and files, tampering in the store and on disk, trust. */
class ProvenanceCliTest {
    static final Map<String, String> PASS = Map.of("ASSAY_TEST_PASS", "correct horse battery");

    @TempDir
    Path home;

    @TempDir
    Path other;

    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(home);
        CliHarness.Result gen = cli.run(PASS, "keys", "generate", "--passphrase-env", "ASSAY_TEST_PASS");
        assertThat(gen.exit()).as(gen.err()).isZero();
        assertThat(gen.out()).contains("key 'default' generated: ");
    }

    @Test
    void should_sign_a_run_and_detect_a_changed_sample_in_the_store_and_in_the_bundle() throws Exception {
        String id = cli.run("run", "demo", "--json").json().get("id").asText();
        CliHarness.Result sign = cli.run(PASS, "sign", id, "--passphrase-env", "ASSAY_TEST_PASS");
        assertThat(sign.exit()).as(sign.err()).isZero();
        assertThat(sign.out()).contains("signed run " + id + " (10 sample lines)");

        CliHarness.Result ok = cli.run("verify", id, "--json");
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(CliHarness.validate("verification.schema.json", ok.json())).isEmpty();
        assertThat(ok.json().get("signers").get(0).asText()).startsWith("default (own key ");

        // the run digest in the report equals the signed bundle's
        String digest =
                cli.run("runs", "show", id, "--json").json().get("digest").asText();
        assertThat(sign.out()).contains("run record digest " + digest);

        Path bundle = home.resolve("signed").resolve(id + ".bundle.json");
        String text = Files.readString(bundle);
        Files.writeString(bundle, text.replaceFirst("\"sample_id\":\"demo-03\"", "\"sample_id\":\"demo-3x\""));
        CliHarness.Result bad = cli.run("verify", bundle.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("NOT verified", "is missing", "extra sample line");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("assay.db"));
                Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE results SET result_json = json_set(result_json, '$.output', 'tampered')"
                    + " WHERE seq = (SELECT seq FROM results ORDER BY seq LIMIT 1 OFFSET 2)");
        }
        CliHarness.Result store = cli.run("verify", id);
        assertThat(store.exit()).isEqualTo(1);
        assertThat(store.out())
                .contains("sample line 3 (sample ", ") changed: its content differs from the signed line 3");
    }

    @Test
    void should_sign_a_report_file_and_detect_an_edit() throws Exception {
        String id = cli.run("run", "demo", "--json").json().get("id").asText();
        Path md = home.resolve("report.md");
        CliHarness.Result report = cli.run("report", id, "--out", md.toString());
        assertThat(report.err()).contains("report written to", "(sha256:");
        assertThat(cli.run(PASS, "sign", md.toString(), "--passphrase-env", "ASSAY_TEST_PASS")
                        .exit())
                .isZero();
        assertThat(cli.run("verify", md.toString()).out()).startsWith("verified report.md: signed by default");
        Files.writeString(md, Files.readString(md).replace("0.", "9."), StandardCharsets.UTF_8);
        CliHarness.Result bad = cli.run("verify", md.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("file report.md changed: its bytes digest is sha256:");
    }

    @Test
    void should_accept_another_organisations_signature_only_once_its_key_is_trusted() throws Exception {
        CliHarness theirs = new CliHarness(other);
        assertThat(theirs.run(PASS, "keys", "generate", "--name", "moh", "--passphrase-env", "ASSAY_TEST_PASS")
                        .exit())
                .isZero();
        Path file = other.resolve("finding.csv");
        Files.writeString(file, "id,result\n1,pass\n");
        assertThat(theirs.run(PASS, "sign", file.toString(), "--key", "moh", "--passphrase-env", "ASSAY_TEST_PASS")
                        .exit())
                .isZero();

        CliHarness.Result unknown = cli.run("verify", file.toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.out()).contains("unknown key", "assay keys trust add");

        CliHarness.Result add = cli.run(
                "keys",
                "trust",
                "add",
                "moh-sg",
                other.resolve("keys/moh.pub.pem").toString());
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(cli.run("keys", "trust", "list").out()).contains("moh-sg");
        assertThat(cli.run("verify", file.toString()).out())
                .contains("verified finding.csv: signed by moh-sg (trusted");
        assertThat(cli.run("keys", "trust", "remove", "moh-sg").exit()).isZero();
        assertThat(cli.run("verify", file.toString()).exit()).isEqualTo(1);
    }

    @Test
    void should_refuse_a_wrong_passphrase_or_a_missing_variable_with_a_user_error() {
        String id = cli.run("run", "demo", "--json").json().get("id").asText();
        CliHarness.Result wrong = cli.run(Map.of("P", "nope"), "sign", id, "--passphrase-env", "P");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("passphrase").doesNotContain("nope");
        CliHarness.Result missing = cli.run("sign", id, "--passphrase-env", "NOT_SET");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("'NOT_SET'");
    }
}
