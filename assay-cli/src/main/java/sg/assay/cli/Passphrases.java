package sg.assay.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Optional;
import sg.assay.ConfigException;

/**
 * Where a private key's passphrase comes from: an environment variable the user names ({@code --passphrase-env VAR}),
 * or else an interactive prompt without echo. The passphrase itself is never an option, so it stays out of shell
 * history and process lists.
 */
final class Passphrases {
    private Passphrases() {}

    static char[] read(Wiring wiring, Optional<String> envName, boolean confirm) {
        if (envName.isPresent()) {
            String v = wiring.env().get(envName.get());
            if (v == null || v.isEmpty()) {
                throw new ConfigException("environment variable '" + envName.get()
                        + "' named by --passphrase-env is not" + " set or empty");
            }
            return v.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new ConfigException("no terminal to ask for the passphrase; name an environment variable that holds"
                    + " it with --passphrase-env VAR");
        }
        char[] first = console.readPassword("passphrase: ");
        if (first == null || first.length == 0) {
            throw new ConfigException("the passphrase is empty; a private key needs a passphrase");
        }
        if (confirm) {
            char[] again = console.readPassword("passphrase again: ");
            if (!Arrays.equals(first, again)) {
                throw new ConfigException("the two passphrases differ; nothing was written");
            }
        }
        return first;
    }
}
