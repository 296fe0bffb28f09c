package sg.assay.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import sg.assay.AssayException;
import sg.assay.StoreException;
import sg.assay.json.Json;
import sg.assay.run.ResultRow;
import sg.assay.run.SampleKey;
import sg.assay.run.SampleResult;
import sg.assay.score.Score;
import sg.assay.target.Usage;

/** The SQL of the {@code results} table, shared by every vendor. */
final class ResultTable {
    private static final ObjectReader SCORES = Json.mapper().readerFor(new TypeReference<List<Score>>() {});
    private static final ObjectReader RESULT = Json.mapper().readerFor(SampleResult.class);
    private static final ObjectWriter SCORES_WRITER = Json.mapper().writerFor(new TypeReference<List<Score>>() {});
    private static final ObjectWriter RESULT_WRITER = Json.mapper().writerFor(SampleResult.class);

    /**
     * Inserts a result, or replaces the stored one for the same key only when that one failed: completed and blocked
     * results are final. The replaced row keeps its {@code seq}, so results stay in the order first stored.
     */
    private static final String UPSERT = "INSERT INTO results (run_id, sample_id, epoch, language, category, grp,"
            + " status, scores_json, input_tokens, output_tokens, requests, total_ms, result_json)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (run_id, sample_id, epoch) DO UPDATE SET language = excluded.language,"
            + " category = excluded.category, grp = excluded.grp, status = excluded.status,"
            + " scores_json = excluded.scores_json, input_tokens = excluded.input_tokens,"
            + " output_tokens = excluded.output_tokens, requests = excluded.requests, total_ms = excluded.total_ms,"
            + " result_json = excluded.result_json"
            + " WHERE results.status = 'failed'";

    private static final String ROW_COLUMNS = "sample_id, epoch, language, category, grp, status, scores_json,"
            + " input_tokens, output_tokens, requests, total_ms";

    /** The rows a streaming read fetches per round trip (PostgreSQL uses a cursor; SQLite steps anyway). */
    private static final int FETCH = 1000;

    private ResultTable() {}

    /** A result ready to write: the JSON is made by the caller, off the writer thread. */
    record Pending(SampleResult result, String scoresJson, String resultJson) {
        static Pending of(SampleResult result) {
            return new Pending(result, write(SCORES_WRITER, result.scores()), write(RESULT_WRITER, result));
        }

        /** With writers bound to the type up front, no serializer is looked up per value. */
        private static String write(ObjectWriter writer, Object value) {
            try {
                return writer.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new AssayException(
                        "cannot write JSON for " + value.getClass().getSimpleName(), e);
            }
        }
    }

    /** The insert of {@link #upsert}, to prepare once and use for every batch on the same connection. */
    static PreparedStatement prepareUpsert(Connection c) throws SQLException {
        return c.prepareStatement(UPSERT);
    }

    static void upsert(PreparedStatement s, List<Pending> batch) throws SQLException {
        for (Pending p : batch) {
            SampleResult r = p.result();
            s.setString(1, r.runId());
            s.setString(2, r.sampleId());
            s.setInt(3, r.epoch());
            s.setString(4, r.language());
            s.setString(5, r.category());
            s.setString(6, r.group());
            s.setString(7, r.outcome().status());
            s.setString(8, p.scoresJson());
            s.setLong(9, r.usage().inputTokens());
            s.setLong(10, r.usage().outputTokens());
            s.setLong(11, r.usage().requests());
            s.setLong(12, r.timings().totalMs());
            s.setString(13, p.resultJson());
            s.addBatch();
        }
        s.executeBatch();
    }

    static Set<SampleKey> doneKeys(Connection c, String runId) throws SQLException {
        String sql = "SELECT sample_id, epoch FROM results WHERE run_id = ? AND status IN ('completed', 'blocked')";
        Set<SampleKey> keys = new HashSet<>();
        stream(c, sql, runId, rows -> keys.add(new SampleKey(rows.getString(1), rows.getInt(2))));
        return keys;
    }

    static long count(Connection c, String runId) throws SQLException {
        long[] count = {0};
        stream(c, "SELECT count(*) FROM results WHERE run_id = ?", runId, rows -> count[0] = rows.getLong(1));
        return count[0];
    }

    static void forEachResult(Connection c, String runId, Consumer<SampleResult> consumer) throws SQLException {
        String sql = "SELECT result_json FROM results WHERE run_id = ? ORDER BY seq";
        stream(c, sql, runId, rows -> consumer.accept(result(rows.getString(1))));
    }

    static void forEachRow(Connection c, String runId, Consumer<ResultRow> consumer) throws SQLException {
        String sql = "SELECT " + ROW_COLUMNS + " FROM results WHERE run_id = ? ORDER BY seq";
        stream(c, sql, runId, rows -> consumer.accept(row(rows)));
    }

    private static ResultRow row(ResultSet rows) throws SQLException {
        return new ResultRow(
                rows.getString(1),
                rows.getInt(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                scores(rows.getString(7)),
                new Usage(rows.getLong(8), rows.getLong(9), rows.getLong(10)),
                rows.getLong(11));
    }

    private static List<Score> scores(String json) {
        try {
            return SCORES.readValue(json);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    private static SampleResult result(String json) {
        try {
            return RESULT.readValue(json);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    private static StoreException unreadable(JsonProcessingException e) {
        return new StoreException("cannot read a stored result: " + e.getOriginalMessage(), e);
    }

    /** Reads rows one by one without holding them all: a cursor on PostgreSQL, stepping on SQLite. */
    private static void stream(Connection c, String sql, String runId, RowHandler handler) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setFetchSize(FETCH);
            s.setString(1, runId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet rows) throws SQLException;
    }
}
