package sg.assay.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import sg.assay.AssayException;
import sg.assay.ConfigException;

/**
 * Content digests, written {@code sha256:<64 hex>}. JSON is digested over its RFC 8785 canonical form, so formatting
 * and member order do not change the digest; Markdown, HTML, CSV and other files over their bytes. A sequence (the
 * sample lines of a run) is digested over its members' digests, one per line: {@code sha256sum} of the digests
 * written one per line with a trailing newline gives the same value.
 */
public final class Digests {
    public static final String PREFIX = "sha256:";

    private Digests() {}

    public static String json(JsonNode node) {
        return bytes(CanonicalJson.bytes(node));
    }

    public static String bytes(byte[] content) {
        return PREFIX + HexFormat.of().formatHex(sha256().digest(content));
    }

    /** The digest of an ordered sequence of digests: SHA-256 over each digest followed by a newline. */
    public static String sequence(List<String> digests) {
        MessageDigest md = sha256();
        for (String d : digests) {
            md.update((d + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return PREFIX + HexFormat.of().formatHex(md.digest());
    }

    /**
     * The digest of a file by its kind: {@code .json} over the canonical form, {@code .jsonl} as the sequence of its
     * lines' canonical digests (blank lines skipped), anything else over the bytes.
     */
    public static String file(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return json(CanonicalJson.parse(read(file)));
        }
        if (name.endsWith(".jsonl")) {
            List<String> lines = read(file)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .map(l -> json(CanonicalJson.parse(l)))
                    .toList();
            return sequence(lines);
        }
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        } catch (NoSuchFileException e) {
            throw new ConfigException("file not found: " + file);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return PREFIX + HexFormat.of().formatHex(md.digest());
    }

    /** Which digest {@link #file} computes for a file: "rfc8785" for JSON, "rfc8785-lines" for JSONL, else "bytes". */
    public static String method(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? "rfc8785" : name.endsWith(".jsonl") ? "rfc8785-lines" : "bytes";
    }

    /** The 64 hex digits of a {@code sha256:} digest. */
    public static String hex(String digest) {
        if (!digest.startsWith(PREFIX) || digest.length() != PREFIX.length() + 64) {
            throw new ConfigException("digest must be sha256:<64 hex digits>: " + digest);
        }
        return digest.substring(PREFIX.length());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssayException("SHA-256 is not available in this JDK", e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("file not found: " + file);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
