package sg.assay.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import sg.assay.ConfigException;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.DatasetLoader;
import sg.assay.suite.SuiteLoader;

/** Datasets and suites that ship inside Assay. */
final class BundledData {
    private BundledData() {}

    /** A bundled JSONL dataset by name ({@code datasets/<name>.jsonl} on the classpath), if there is one. */
    static Optional<Dataset> dataset(String name) {
        String resource = "datasets/" + name + ".jsonl";
        try (InputStream in = BundledData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Path dir = Files.createTempDirectory("assay-bundled");
            Path file = dir.resolve(name + ".jsonl");
            Files.write(file, in.readAllBytes());
            try {
                Dataset d = DatasetLoader.defaults().load(file);
                return Optional.of(new Dataset(name, d.digest(), "Assay project (Apache-2.0)", d.samples()));
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read bundled dataset " + name + ": " + e.getMessage());
        }
    }

    static Dataset suite(String name) {
        return SuiteLoader.standard().load(name).toDataset();
    }
}
