package sg.assay.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import sg.assay.StoreException;
import sg.assay.json.Json;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;

/** A response cache of one JSON file per key under a directory, written atomically. */
public final class FileResponseCache implements ResponseCache {
    private final Path dir;

    public FileResponseCache(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create cache directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The cache key of a request: a digest over the target spec, the epoch and the request's JSON. */
    public static String key(String targetSpec, int epoch, TargetRequest request) {
        String material =
                targetSpec + "\n" + epoch + "\n" + Json.write(request.messages()) + "\n" + Json.write(request.config());
        return sha256(material);
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    @Override
    public Optional<TargetResponse> get(String key) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(f.toFile(), TargetResponse.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, TargetResponse response) {
        Path f = file(key);
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), key, ".tmp");
            Files.writeString(tmp, Json.write(response));
            try {
                Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException("cannot write cache entry " + f + ": " + e.getMessage(), e);
        }
    }
}
