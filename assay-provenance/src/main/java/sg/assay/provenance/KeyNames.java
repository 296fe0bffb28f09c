package sg.assay.provenance;

import java.util.regex.Pattern;
import sg.assay.ConfigException;

/** Names of keys and trusted organisations: lowercase letters, digits, dot, dash and underscore. */
final class KeyNames {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private KeyNames() {}

    static String check(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new ConfigException("key name '" + name
                    + "' is not allowed; expected 1-64 of a-z, 0-9, '.', '-', '_', starting with a letter or digit");
        }
        return name;
    }
}
