package sg.assay.provenance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sg.assay.AssayException;

/** The statements Assay signs: one about a file, one about a run bundle. */
public final class Attestations {
    public static final String FILE_PREDICATE = "https://assay.sg/provenance/file/v1";
    static final String RFC8785 = "rfc8785-sha256";
    static final String RFC8785_LINES = "rfc8785-lines-sha256";
    static final String SHA256 = "sha256";

    private Attestations() {}

    /**
     * A statement about a file: its name and digests. A JSON file gets both its byte digest ({@code sha256}) and its
     * canonical content digest ({@code rfc8785-sha256}), and verification uses the content digest, so re-formatting
     * a JSON file does not break it; Markdown, HTML, CSV and other files are compared byte for byte.
     */
    public static Statement file(Path file, Instant signedAt) {
        Map<String, String> digest = new LinkedHashMap<>();
        digest.put(SHA256, Digests.hex(bytesDigest(file)));
        String method = Digests.method(file);
        if (method.equals("rfc8785")) {
            digest.put(RFC8785, Digests.hex(Digests.file(file)));
        } else if (method.equals("rfc8785-lines")) {
            digest.put(RFC8785_LINES, Digests.hex(Digests.file(file)));
        }
        ObjectNode predicate = JsonNodeFactory.instance.objectNode();
        predicate.put("digest_method", method);
        predicate.put("signed_at", signedAt.toString());
        return new Statement(
                List.of(new Statement.Subject(file.getFileName().toString(), digest)), FILE_PREDICATE, predicate);
    }

    /** A statement about a run bundle: the bundle file's digest and, as predicate, the full run manifest. */
    public static Statement run(RunBundle bundle, String bundleName, Instant signedAt) {
        RunManifest m = bundle.manifest();
        String digest = Digests.hex(Digests.bytes(CanonicalJson.bytes(bundle.toJson(m))));
        ObjectNode predicate = m.toJson();
        predicate.put("signed_at", signedAt.toString());
        return new Statement(
                List.of(new Statement.Subject(bundleName, Map.of(RFC8785, digest, SHA256, digest))),
                RunManifest.PREDICATE_TYPE,
                predicate);
    }

    static String bytesDigest(Path file) {
        try {
            return Digests.bytes(Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new sg.assay.ConfigException("file not found: " + file);
        } catch (java.io.IOException e) {
            throw new AssayException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
