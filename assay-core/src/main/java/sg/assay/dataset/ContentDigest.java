package sg.assay.dataset;

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
import sg.assay.AssayException;
import sg.assay.ConfigException;

/**
 * SHA-256 digests of source files, written {@code sha256:<hex>}. A dataset read from several files is digested over
 * each file's relative path and digest, in the given order, so renaming or changing any file changes it.
 */
public final class ContentDigest {
    public static final String PREFIX = "sha256:";

    private ContentDigest() {}

    public static String of(Path file) {
        return PREFIX + HexFormat.of().formatHex(bytes(file));
    }

    /** The digest of several files under a root directory. */
    public static String of(Path root, List<Path> files) {
        if (files.size() == 1 && files.getFirst().equals(root)) {
            return of(root);
        }
        MessageDigest md = sha256();
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            md.update(rel.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(bytes(f));
        }
        return PREFIX + HexFormat.of().formatHex(md.digest());
    }

    private static byte[] bytes(Path file) {
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
        return md.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssayException("SHA-256 is not available in this JDK", e);
        }
    }
}
