package sg.assay.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import sg.assay.ConfigException;

/**
 * Turns rows into samples, failing on the first bad row with its location, or, when asked, skipping bad rows and
 * counting them. Sample ids must be unique; a repeated id is a bad row that names where the id was first seen.
 */
public final class SampleCollector {
    private final boolean skipBadRows;
    private final List<Sample> samples = new ArrayList<>();
    /** Where each id was first seen, kept small (a shared path and a line) since a dataset may have millions. */
    private final Map<String, Where> seen = new HashMap<>();

    private final List<String> firstBad = new ArrayList<>();
    private int bad;
    private int rows;

    public SampleCollector(boolean skipBadRows) {
        this.skipBadRows = skipBadRows;
    }

    /** Converts one row into zero or more samples; a {@link ConfigException} marks the row as bad. */
    public void add(Row row, Function<Row, List<Sample>> convert) {
        rows++;
        try {
            if (!row.problem().isEmpty()) {
                throw row.fail(row.problem());
            }
            List<Sample> converted = convert.apply(row);
            Set<String> ids = converted.size() > 1 ? new HashSet<>() : Set.of();
            for (Sample s : converted) {
                Where first = seen.get(s.id());
                if (first != null || (converted.size() > 1 && !ids.add(s.id()))) {
                    throw row.fail("duplicate sample id '" + s.id() + "' (first at "
                            + (first == null ? "this row" : first) + ")");
                }
            }
            Where here = new Where(row.file(), row.line());
            for (Sample s : converted) {
                seen.put(s.id(), here);
                samples.add(s);
            }
        } catch (ConfigException e) {
            String message = String.valueOf(e.getMessage());
            ConfigException located = message.startsWith(row.location() + ": ") ? e : row.fail(message);
            if (!skipBadRows) {
                throw located;
            }
            bad++;
            if (firstBad.size() < BadRows.KEPT) {
                firstBad.add(String.valueOf(located.getMessage()));
            }
        }
    }

    /** A row's location: {@code file:line}. */
    private record Where(Path file, long line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** How many rows were offered, good and bad. */
    public int rows() {
        return rows;
    }

    public List<Sample> samples() {
        return List.copyOf(samples);
    }

    public BadRows badRows() {
        return new BadRows(bad, firstBad);
    }
}
