package sg.assay.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.Properties;
import sg.assay.run.Provenance;

/** Assay's own version and build revision, and who is running it where. */
final class Version {
    private Version() {}

    static String version() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/assay-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    static Provenance provenance() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown";
        }
        return new Provenance(
                version(),
                System.getProperty("assay.git.revision", "unknown"),
                System.getProperty("user.name", "unknown"),
                host,
                Runtime.version().toString());
    }
}
