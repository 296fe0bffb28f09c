package sg.assay.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.provenance.KeyRing;
import sg.assay.provenance.TrustStore;
import sg.assay.provenance.TrustedKey;

/**
 * {@code assay keys}: generate this organisation's Ed25519 signing key (kept as encrypted PKCS#8 under
 * {@code $ASSAY_HOME/keys}), list own keys, and keep other organisations' public keys in the trust store
 * ({@code $ASSAY_HOME/trust}).
 */
@Command(
        name = "keys",
        description = "Signing keys: generate and list your own, and trust other organisations' public keys.",
        subcommands = {KeysCommand.Generate.class, KeysCommand.ListKeys.class, KeysCommand.Trust.class})
final class KeysCommand {

    static KeyRing ring(Wiring wiring) {
        return new KeyRing(wiring.home().root().resolve("keys"));
    }

    static TrustStore trust(Wiring wiring) {
        return new TrustStore(wiring.home().root().resolve("trust"));
    }

    /** Own keys and trusted keys: who a signature may come from. */
    static List<TrustedKey> trusted(Wiring wiring) {
        return java.util.stream.Stream.concat(ring(wiring).list().stream(), trust(wiring).list().stream())
                .toList();
    }

    static String describe(TrustedKey k) {
        return k.name() + "  " + k.keyId() + "  (" + k.source() + ")";
    }

    @Command(name = "generate", description = "Generate an Ed25519 key pair; the private key is stored encrypted.")
    static final class Generate implements Callable<Integer> {
        private final Wiring wiring;

        @Option(names = "--name", defaultValue = "default", description = "key name (default: ${DEFAULT-VALUE})")
        String name = "default";

        @Option(
                names = "--passphrase-env",
                paramLabel = "VAR",
                description = "environment variable holding the passphrase (default: ask on the terminal)")
        @Nullable
        String passphraseEnv;

        Generate(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            KeyRing ring = ring(wiring);
            char[] pass = Passphrases.read(wiring, Optional.ofNullable(passphraseEnv), true);
            TrustedKey key;
            try {
                key = ring.generate(name, pass);
            } finally {
                java.util.Arrays.fill(pass, '\0');
            }
            System.out.println("key '" + name + "' generated: " + key.keyId());
            System.out.println("private key (encrypted PKCS#8): " + ring.privateKeyFile(name));
            System.out.println("public key (give this to whoever verifies): " + ring.publicKeyFile(name));
            return 0;
        }
    }

    @Command(name = "list", description = "List your own keys and the trusted keys, with their key ids.")
    static final class ListKeys implements Callable<Integer> {
        private final Wiring wiring;

        ListKeys(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            List<TrustedKey> keys = trusted(wiring);
            if (keys.isEmpty()) {
                System.out.println("no keys; create one with: assay keys generate");
            }
            keys.forEach(k -> System.out.println(describe(k)));
            return 0;
        }
    }

    @Command(
            name = "trust",
            description = "Other organisations' public keys whose signatures you accept.",
            subcommands = {Trust.Add.class, Trust.ListTrusted.class, Trust.Remove.class})
    static final class Trust {

        @Command(name = "add", description = "Trust a public key (PEM) under a name.")
        static final class Add implements Callable<Integer> {
            private final Wiring wiring;

            @Parameters(index = "0", paramLabel = "NAME", description = "who the key belongs to, e.g. moh-sg")
            String name = "";

            @Parameters(index = "1", paramLabel = "PUB.PEM", description = "their Ed25519 public key, PEM")
            Path file = Path.of("");

            Add(Wiring wiring) {
                this.wiring = wiring;
            }

            @Override
            public Integer call() {
                TrustedKey k = trust(wiring).add(name, file);
                System.out.println("trusted '" + name + "': " + k.keyId());
                return 0;
            }
        }

        @Command(name = "list", description = "List trusted keys.")
        static final class ListTrusted implements Callable<Integer> {
            private final Wiring wiring;

            ListTrusted(Wiring wiring) {
                this.wiring = wiring;
            }

            @Override
            public Integer call() {
                List<TrustedKey> keys = trust(wiring).list();
                if (keys.isEmpty()) {
                    System.out.println("no trusted keys; add one with: assay keys trust add NAME pub.pem");
                }
                keys.forEach(k -> System.out.println(describe(k)));
                return 0;
            }
        }

        @Command(name = "remove", description = "Stop trusting a key.")
        static final class Remove implements Callable<Integer> {
            private final Wiring wiring;

            @Parameters(paramLabel = "NAME")
            String name = "";

            Remove(Wiring wiring) {
                this.wiring = wiring;
            }

            @Override
            public Integer call() {
                trust(wiring).remove(name);
                System.out.println("no longer trusted: " + name);
                return 0;
            }
        }
    }
}
