package sg.assay.probe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import sg.assay.ConfigException;

/**
 * The packages and hosts a user vouches for, one per line: {@code pypi:requests}, {@code npm:express}, a bare name for
 * any ecosystem, or {@code host:docs.python.org} (subdomains included). {@code #} starts a comment.
 */
record KnownNames(Set<String> packages, Set<String> hosts) {
    static final String BUNDLED = "sg/assay/probe/known-packages.txt";

    KnownNames {
        packages = Set.copyOf(packages);
        hosts = Set.copyOf(hosts);
    }

    static KnownNames parse(List<String> lines) {
        Set<String> packages = new HashSet<>();
        Set<String> hosts = new HashSet<>();
        for (String raw : lines) {
            String line = raw.replaceAll("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("host:")) {
                hosts.add(line.substring(5).strip().toLowerCase(Locale.ROOT));
            } else {
                packages.add(normal(line));
            }
        }
        return new KnownNames(packages, hosts);
    }

    /** Reads a user's file, or the bundled list when the path is empty. */
    static KnownNames load(String path) {
        if (path.isBlank()) {
            try (InputStream in = KnownNames.class.getClassLoader().getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("bundled list missing: " + BUNDLED);
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .toList());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + BUNDLED, e);
            }
        }
        Path file = Path.of(path);
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException("cannot read the known-names file " + file + ": " + e.getMessage());
        }
    }

    boolean knowsPackage(String ecosystem, String name) {
        String n = normal(name);
        return packages.contains(n) || packages.contains(normal(ecosystem + ":" + name));
    }

    boolean knowsHost(String host) {
        return Links.allowed(host, List.copyOf(hosts));
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
