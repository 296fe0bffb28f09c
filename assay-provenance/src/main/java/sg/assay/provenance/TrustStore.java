package sg.assay.provenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import sg.assay.AssayException;
import sg.assay.ConfigException;

/**
 * Other organisations' public keys, one PEM file per name in one directory ({@code $ASSAY_HOME/trust}). A signature
 * verifies only when its key id belongs to an own key or to a key in here.
 */
public final class TrustStore {
    private static final String SUFFIX = ".pem";
    private final Path dir;

    public TrustStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Adds a public key under a name; the key must be Ed25519 and neither the name nor the key may be there yet. */
    public TrustedKey add(String name, Path pemFile) {
        Path target = dir.resolve(KeyNames.check(name) + SUFFIX);
        if (Files.exists(target)) {
            throw new ConfigException(
                    "trusted key '" + name + "' already exists; remove it first: assay keys trust remove " + name);
        }
        String pem = Digests.read(pemFile);
        PublicKey key = PublicKeys.read(pem, pemFile.toString());
        TrustedKey trusted = TrustedKey.of(name, key, "trusted");
        for (TrustedKey k : list()) {
            if (k.keyId().equals(trusted.keyId())) {
                throw new ConfigException(pemFile + " is already trusted as '" + k.name() + "'");
            }
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(target, PublicKeys.pem(key), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssayException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return trusted;
    }

    public void remove(String name) {
        Path target = dir.resolve(KeyNames.check(name) + SUFFIX);
        try {
            if (!Files.deleteIfExists(target)) {
                throw new ConfigException("trusted key '" + name + "' not found; see: assay keys trust list");
            }
        } catch (IOException e) {
            throw new AssayException("cannot remove " + target + ": " + e.getMessage(), e);
        }
    }

    public List<TrustedKey> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<TrustedKey> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(SUFFIX)) {
                    keys.add(TrustedKey.of(
                            n.substring(0, n.length() - SUFFIX.length()),
                            PublicKeys.read(Digests.read(p), p.toString()),
                            "trusted"));
                }
            }
        } catch (IOException e) {
            throw new AssayException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return keys;
    }

    public Optional<TrustedKey> find(String keyId) {
        return list().stream().filter(k -> k.keyId().equals(keyId)).findFirst();
    }
}
