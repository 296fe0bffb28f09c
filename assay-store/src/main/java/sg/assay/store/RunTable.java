package sg.assay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import sg.assay.ConfigException;
import sg.assay.StoreException;
import sg.assay.json.Json;
import sg.assay.metric.RunSummary;
import sg.assay.run.RunRecord;
import sg.assay.run.RunSpec;
import sg.assay.run.RunStatus;

/** The SQL of the {@code runs} table, shared by every vendor. */
final class RunTable {
    /** The shortest run id prefix {@link #find} looks up. */
    static final int MIN_PREFIX = 6;

    private static final String COLUMNS = "id, suite_id, status, created, updated, error, spec_json, summary_json";

    private RunTable() {}

    static void insert(Connection c, Dialect dialect, RunRecord run) throws SQLException {
        String sql = "INSERT INTO runs (id, suite_id, task, target, status, created, updated, error, spec_json,"
                + " summary_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, run.id());
            s.setString(2, run.suiteId());
            s.setString(3, run.spec().task());
            s.setString(4, run.spec().target().name());
            s.setString(5, run.status().word());
            dialect.setInstant(s, 6, run.created());
            dialect.setInstant(s, 7, run.updated());
            s.setString(8, run.error());
            s.setString(9, Json.write(run.spec()));
            s.setString(10, run.summary().map(Json::write).orElse(null));
            s.executeUpdate();
        }
    }

    static void update(
            Connection c,
            Dialect dialect,
            String runId,
            RunStatus status,
            String error,
            Optional<RunSummary> summary,
            Instant now)
            throws SQLException {
        String sql = "UPDATE runs SET status = ?, updated = ?, error = ?, summary_json = ? WHERE id = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, status.word());
            dialect.setInstant(s, 2, now);
            s.setString(3, error);
            s.setString(4, summary.map(Json::write).orElse(null));
            s.setString(5, runId);
            if (s.executeUpdate() == 0) {
                throw new StoreException("cannot update run '" + runId + "': no such run");
            }
        }
    }

    static Optional<RunRecord> find(Connection c, Dialect dialect, String idOrPrefix) throws SQLException {
        List<RunRecord> exact = query(c, dialect, "SELECT " + COLUMNS + " FROM runs WHERE id = ?", idOrPrefix);
        if (!exact.isEmpty() || idOrPrefix.length() < MIN_PREFIX) {
            return exact.stream().findFirst();
        }
        String sql = "SELECT " + COLUMNS + " FROM runs WHERE substr(id, 1, " + idOrPrefix.length()
                + ") = ? ORDER BY id LIMIT 3";
        List<RunRecord> matches = query(c, dialect, sql, idOrPrefix);
        if (matches.size() > 1) {
            List<String> ids = matches.stream().map(RunRecord::id).toList();
            throw new ConfigException("run id prefix '" + idOrPrefix + "' is ambiguous: it matches "
                    + String.join(", ", ids) + (matches.size() > 2 ? ", ..." : "") + "; give more characters");
        }
        return matches.stream().findFirst();
    }

    static List<RunRecord> newest(Connection c, Dialect dialect, int limit) throws SQLException {
        if (limit < 1) {
            throw new ConfigException("run list limit must be positive: " + limit);
        }
        String sql = "SELECT " + COLUMNS + " FROM runs ORDER BY created DESC, id DESC LIMIT " + limit;
        return query(c, dialect, sql);
    }

    static List<RunRecord> suite(Connection c, Dialect dialect, String suiteId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM runs WHERE suite_id = ? ORDER BY created, id";
        return query(c, dialect, sql, suiteId);
    }

    private static List<RunRecord> query(Connection c, Dialect dialect, String sql, String... params)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            List<RunRecord> runs = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    runs.add(read(rows, dialect));
                }
            }
            return runs;
        }
    }

    private static RunRecord read(ResultSet rows, Dialect dialect) throws SQLException {
        String summary = rows.getString("summary_json");
        return new RunRecord(
                rows.getString("id"),
                rows.getString("suite_id"),
                Json.read(rows.getString("spec_json"), RunSpec.class),
                RunStatus.valueOf(rows.getString("status").toUpperCase(Locale.ROOT)),
                dialect.instant(rows, "created"),
                dialect.instant(rows, "updated"),
                rows.getString("error"),
                summary == null ? Optional.empty() : Optional.of(Json.read(summary, RunSummary.class)));
    }
}
