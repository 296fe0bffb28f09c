package sg.assay.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.ConfigException;
import sg.assay.provenance.CanonicalJson;
import sg.assay.provenance.Envelope;
import sg.assay.provenance.Verification;
import sg.assay.provenance.Verifier;
import sg.assay.report.ReportJson;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;

/**
 * {@code assay verify FILE|RUN}: checks a DSSE envelope made by {@code assay sign}: the signature must be by an own
 * or trusted key, and the file, bundle or stored run must still be what was signed. Each failure names what changed.
 * Exit code 0 when verified, 1 when not.
 */
@Command(name = "verify", description = "Verify a signed file, bundle or run; names what changed when it fails.")
final class VerifyCommand implements Callable<Integer> {
    private final Wiring wiring;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(paramLabel = "FILE|RUN", description = "a signed file or bundle, or a run id (checked in the store)")
    String what = "";

    @Option(
            names = "--envelope",
            paramLabel = "FILE",
            description =
                    "the DSSE envelope (default: FILE.dsse.json, or $ASSAY_HOME/signed/RUN.bundle.json.dsse.json)")
    @Nullable
    Path envelope;

    @Option(names = "--json", description = "print one JSON document (docs/schemas/verification.schema.json)")
    boolean json;

    VerifyCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    /** The verification document. */
    record Result(String subject, boolean ok, List<String> signers, List<String> problems, String envelope) {}

    @Override
    public Integer call() {
        Verifier verifier = new Verifier(KeysCommand.trusted(wiring));
        Path file = Path.of(what);
        Verification v;
        Path env;
        if (Files.isRegularFile(file)) {
            env = envelope != null ? envelope : file.resolveSibling(file.getFileName() + SignCommand.ENVELOPE_SUFFIX);
            v = verifier.verify(read(env), file);
        } else {
            try (RunStore store = wiring.openStore(common.store())) {
                RunRecord run = store.findRun(what)
                        .orElseThrow(() -> new ConfigException(
                                "'" + what + "' is neither a file nor a run id; see: assay runs list"));
                env = envelope != null
                        ? envelope
                        : SignCommand.signedDir(wiring)
                                .resolve(run.id() + ".bundle.json" + SignCommand.ENVELOPE_SUFFIX);
                v = verifier.verify(read(env), SignCommand.bundle(store, run));
            }
        }
        if (json) {
            System.out.println(
                    ReportJson.writePretty(new Result(v.subject(), v.ok(), v.signers(), v.problems(), env.toString())));
        } else if (v.ok()) {
            System.out.println("verified " + v.subject() + ": signed by " + String.join(", ", v.signers()));
        } else {
            System.out.println("NOT verified " + v.subject() + ":");
            v.problems().forEach(p -> System.out.println("  - " + p));
            if (v.problems().isEmpty()) {
                System.out.println("  - no signature by a trusted key");
            }
        }
        return v.ok() ? 0 : 1;
    }

    private static Envelope read(Path env) {
        if (!Files.isRegularFile(env)) {
            throw new ConfigException(
                    "envelope not found: " + env + "; sign first (assay sign) or give --envelope FILE");
        }
        try {
            return Envelope.fromJson(CanonicalJson.parse(Files.readString(env)), env.toString());
        } catch (java.io.IOException e) {
            throw new ConfigException("cannot read envelope " + env + ": " + e.getMessage(), e);
        }
    }
}
