package sg.assay.provenance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import sg.assay.AssayException;
import sg.assay.ConfigException;

/**
 * This organisation's own signing keys, in one directory ({@code $ASSAY_HOME/keys}): {@code NAME.key.pem} holds the
 * encrypted private key (owner-only permissions where the file system has them), {@code NAME.pub.pem} the public key.
 */
public final class KeyRing {
    private static final String PRIVATE = ".key.pem";
    private static final String PUBLIC = ".pub.pem";

    private final Path dir;
    private final int iterations;

    public KeyRing(Path dir) {
        this(dir, PrivateKeys.ITERATIONS);
    }

    KeyRing(Path dir, int iterations) {
        this.dir = dir;
        this.iterations = iterations;
    }

    public Path dir() {
        return dir;
    }

    public Path privateKeyFile(String name) {
        return dir.resolve(KeyNames.check(name) + PRIVATE);
    }

    public Path publicKeyFile(String name) {
        return dir.resolve(KeyNames.check(name) + PUBLIC);
    }

    /** Generates a key pair and stores it; refuses to replace an existing key of that name. */
    public TrustedKey generate(String name, char[] passphrase) {
        Path priv = privateKeyFile(name);
        if (Files.exists(priv)) {
            throw new ConfigException("key '" + name + "' already exists at " + priv + "; choose another --name");
        }
        Signer signer = Signer.generate();
        String encrypted = PrivateKeys.encrypt(signer.privateKey(), passphrase, iterations);
        try {
            Files.createDirectories(dir);
            writeOwnerOnly(priv, encrypted);
            Files.writeString(publicKeyFile(name), PublicKeys.pem(signer.publicKey()), StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw new ConfigException("key '" + name + "' already exists at " + priv + "; choose another --name");
        } catch (IOException e) {
            throw new AssayException("cannot write key files in " + dir + ": " + e.getMessage(), e);
        }
        return TrustedKey.of(name, signer.publicKey(), "own");
    }

    /** The signer of a stored key, decrypted with the passphrase. */
    public Signer signer(String name, char[] passphrase) {
        Path priv = privateKeyFile(name);
        if (!Files.isRegularFile(priv)) {
            throw new ConfigException("key '" + name + "' not found in " + dir + "; create it with: assay keys generate"
                    + (name.equals("default") ? "" : " --name " + name));
        }
        TrustedKey pub = publicKey(name);
        return new Signer(PrivateKeys.decrypt(Digests.read(priv), passphrase, priv.toString()), pub.key());
    }

    public TrustedKey publicKey(String name) {
        Path pub = publicKeyFile(name);
        if (!Files.isRegularFile(pub)) {
            throw new ConfigException("public key '" + name + "' not found: " + pub);
        }
        return TrustedKey.of(name, PublicKeys.read(Digests.read(pub), pub.toString()), "own");
    }

    /** Every own key, by name. */
    public List<TrustedKey> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<TrustedKey> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(PUBLIC))
                    .sorted()
                    .forEach(n -> keys.add(publicKey(n.substring(0, n.length() - PUBLIC.length()))));
        } catch (IOException e) {
            throw new AssayException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return keys;
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX permissions (e.g. Windows): the folder's own access rules apply
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
