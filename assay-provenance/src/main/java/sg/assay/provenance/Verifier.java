package sg.assay.provenance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sg.assay.ConfigException;

/**
 * Verifies DSSE envelopes made by {@code assay sign}: every signature must be by a trusted key and verify over the
 * envelope's pre-authentication encoding, and the signed statement must still match the file or run it is about.
 * Each failure is named: an unknown key, a signature that does not verify (swapped or altered), a changed file, or
 * which field of the run record and which sample line changed, went missing, appeared or moved.
 */
public final class Verifier {
    private final List<TrustedKey> keys;

    public Verifier(List<TrustedKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /** Verifies an envelope against a file: a signed file, or a run bundle file written by {@code assay sign RUN}. */
    public Verification verify(Envelope envelope, Path file) {
        List<String> signers = new ArrayList<>();
        List<String> problems = signatures(envelope, signers);
        Statement st = statement(envelope);
        if (st.predicateType().equals(RunManifest.PREDICATE_TYPE)) {
            RunBundle bundle;
            try {
                bundle = RunBundle.fromJson(CanonicalJson.parse(Digests.read(file)), file.toString());
            } catch (ConfigException e) {
                problems.add("bundle " + file.getFileName() + " cannot be read: " + e.getMessage());
                return new Verification(file.getFileName().toString(), signers, problems);
            }
            problems.addAll(BundleCheck.compare(RunManifest.fromJson(st.predicate()), bundle.manifest()));
            return new Verification(bundle.runId(), signers, problems);
        }
        problems.addAll(fileProblems(st, file));
        return new Verification(file.getFileName().toString(), signers, problems);
    }

    /** Verifies an envelope made by signing a run against the run as it is now (e.g. re-read from the store). */
    public Verification verify(Envelope envelope, RunBundle now) {
        List<String> signers = new ArrayList<>();
        List<String> problems = signatures(envelope, signers);
        Statement st = statement(envelope);
        if (!st.predicateType().equals(RunManifest.PREDICATE_TYPE)) {
            throw new ConfigException("the envelope is about a file, not a run: " + st.predicateType());
        }
        problems.addAll(BundleCheck.compare(RunManifest.fromJson(st.predicate()), now.manifest()));
        return new Verification(now.runId(), signers, problems);
    }

    private List<String> signatures(Envelope envelope, List<String> signers) {
        List<String> problems = new ArrayList<>();
        if (!envelope.payloadType().equals(Statement.PAYLOAD_TYPE)) {
            problems.add("payload type is '" + envelope.payloadType() + "', expected " + Statement.PAYLOAD_TYPE);
        }
        byte[] pae = envelope.pae();
        List<Envelope.Sig> sigs = envelope.signatures();
        for (int i = 0; i < sigs.size(); i++) {
            Envelope.Sig s = sigs.get(i);
            Optional<TrustedKey> key =
                    keys.stream().filter(k -> k.keyId().equals(s.keyid())).findFirst();
            String n = sigs.size() == 1 ? "the signature" : "signature " + (i + 1);
            if (key.isEmpty()) {
                problems.add(n + " is by an unknown key " + s.keyid() + ": it is neither an own key nor in the trust"
                        + " store (to trust it: assay keys trust add NAME pub.pem)");
            } else if (!Signer.verify(key.get().key(), pae, s.sig())) {
                problems.add(n + " by '" + key.get().name() + "' (key " + s.keyid() + ") does not verify over this"
                        + " envelope's payload: the signature was swapped from another envelope, or the payload or"
                        + " its type was altered");
            } else {
                signers.add(key.get().name() + " (" + key.get().source() + " key " + s.keyid() + ")");
            }
        }
        return problems;
    }

    private static Statement statement(Envelope envelope) {
        return Statement.fromPayload(envelope.payload(), "the envelope's");
    }

    private static List<String> fileProblems(Statement st, Path file) {
        if (!st.predicateType().equals(Attestations.FILE_PREDICATE)
                || st.subjects().size() != 1) {
            throw new ConfigException("the envelope's statement is not an Assay file statement: " + st.predicateType());
        }
        Statement.Subject subject = st.subjects().getFirst();
        String name = file.getFileName().toString();
        String method = Digests.method(file);
        String algorithm = method.equals("rfc8785")
                ? Attestations.RFC8785
                : method.equals("rfc8785-lines") ? Attestations.RFC8785_LINES : Attestations.SHA256;
        String signed = subject.digest().get(algorithm);
        if (signed == null) {
            return List.of("file " + name + " was signed as '" + subject.name() + "' without a " + algorithm
                    + " digest; it cannot be compared");
        }
        String now;
        try {
            now = Digests.hex(
                    algorithm.equals(Attestations.SHA256) ? Attestations.bytesDigest(file) : Digests.file(file));
        } catch (ConfigException e) {
            return List.of(
                    "file " + name + " changed: it can no longer be read as " + method + " (" + e.getMessage() + ")");
        }
        if (!signed.equals(now)) {
            return List.of("file " + name + " changed: its " + method + " digest is sha256:" + now + ", the signed one"
                    + " (of '" + subject.name() + "') is sha256:" + signed);
        }
        return List.of();
    }
}
