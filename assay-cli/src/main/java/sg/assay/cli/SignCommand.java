package sg.assay.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.ConfigException;
import sg.assay.StoreException;
import sg.assay.provenance.Attestations;
import sg.assay.provenance.Envelope;
import sg.assay.provenance.RunBundle;
import sg.assay.provenance.Signer;
import sg.assay.provenance.Statement;
import sg.assay.report.ReportDigests;
import sg.assay.report.RunView;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;

/**
 * {@code assay sign FILE|RUN}: signs a file (a report, an export) or a run with an own Ed25519 key and writes a DSSE
 * envelope over an in-toto statement. A run is first exported as a canonical JSON bundle (run record, every sample
 * line in order with its digest, a manifest), written beside the envelope.
 */
@Command(name = "sign", description = "Sign a file or a run (as a bundle) with your key: writes a DSSE envelope.")
final class SignCommand implements Callable<Integer> {
    static final String ENVELOPE_SUFFIX = ".dsse.json";

    private final Wiring wiring;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(paramLabel = "FILE|RUN", description = "a file to sign, or a run id (or unique prefix)")
    String what = "";

    @Option(names = "--key", defaultValue = "default", description = "own key name (default: ${DEFAULT-VALUE})")
    String key = "default";

    @Option(
            names = "--passphrase-env",
            paramLabel = "VAR",
            description = "environment variable holding the key's passphrase (default: ask on the terminal)")
    @Nullable
    String passphraseEnv;

    @Option(
            names = "--out",
            paramLabel = "PATH",
            description = "for a file: the envelope file (default: FILE.dsse.json); for a run: the directory for the "
                    + "bundle and envelope (default: $ASSAY_HOME/signed)")
    @Nullable
    Path out;

    SignCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        Path file = Path.of(what);
        if (Files.isRegularFile(file)) {
            Signer signer = signer();
            Statement st = Attestations.file(file, wiring.clock().instant());
            Path envelope = out != null ? out : file.resolveSibling(file.getFileName() + ENVELOPE_SUFFIX);
            write(envelope, Envelope.sign(Statement.PAYLOAD_TYPE, st.bytes(), signer));
            System.out.println("signed " + file + " with key '" + key + "' (" + signer.keyId() + ")");
            System.out.println("envelope: " + envelope);
            return 0;
        }
        try (RunStore store = wiring.openStore(common.store())) {
            RunRecord run = store.findRun(what)
                    .orElseThrow(() ->
                            new ConfigException("'" + what + "' is neither a file nor a run id; see: assay runs list"));
            Signer signer = signer();
            RunBundle bundle = bundle(store, run);
            Path dir = out != null ? out : signedDir(wiring);
            Files.createDirectories(dir);
            Path bundleFile = dir.resolve(run.id() + ".bundle.json");
            Files.write(bundleFile, bundle.bytes());
            Statement st = Attestations.run(
                    bundle, bundleFile.getFileName().toString(), wiring.clock().instant());
            Path envelope = dir.resolve(bundleFile.getFileName() + ENVELOPE_SUFFIX);
            write(envelope, Envelope.sign(Statement.PAYLOAD_TYPE, st.bytes(), signer));
            var m = bundle.manifest();
            System.out.println("signed run " + run.id() + " (" + m.samples() + " sample lines) with key '" + key + "' ("
                    + signer.keyId() + ")");
            System.out.println("run record digest " + m.runDigest() + ", samples digest " + m.samplesDigest());
            System.out.println("bundle: " + bundleFile);
            System.out.println("envelope: " + envelope);
            return 0;
        }
    }

    private Signer signer() {
        char[] pass = Passphrases.read(wiring, Optional.ofNullable(passphraseEnv), false);
        try {
            return KeysCommand.ring(wiring).signer(key, pass);
        } finally {
            java.util.Arrays.fill(pass, '\0');
        }
    }

    static Path signedDir(Wiring wiring) {
        return wiring.home().root().resolve("signed");
    }

    /** The run as it is in the store now: its run record and every sample line, in stored order. */
    static RunBundle bundle(RunStore store, RunRecord run) {
        List<com.fasterxml.jackson.databind.JsonNode> lines = new ArrayList<>();
        store.forEachResult(run.id(), r -> lines.add(ReportDigests.line(r)));
        return new RunBundle(ReportDigests.runRecord(RunView.of(run)), lines);
    }

    private static void write(Path file, Envelope envelope) {
        try {
            Files.writeString(file, envelope.toJson().toPrettyString() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
