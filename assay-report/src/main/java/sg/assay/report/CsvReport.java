package sg.assay.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;

/** A run's samples as CSV: one row per sample and epoch, one column per scorer. */
public final class CsvReport {
    private CsvReport() {}

    public static void write(RunRecord run, RunStore store, Writer out) {
        List<String> scorers = run.summary()
                .map(sm -> sm.metrics().stream().map(m -> m.scorer()).toList())
                .orElse(List.of());
        List<String> header = new ArrayList<>(List.of(
                "run_id",
                "sample_id",
                "epoch",
                "language",
                "category",
                "group",
                "status",
                "error",
                "input_tokens",
                "output_tokens",
                "total_ms"));
        scorers.forEach(s -> header.add("score_" + s));
        try {
            CSVPrinter csv = CSVFormat.RFC4180
                    .builder()
                    .setHeader(header.toArray(String[]::new))
                    .get()
                    .print(out);
            store.forEachResult(run.id(), r -> {
                ExportLine line = ExportLine.of(r);
                List<Object> row = new ArrayList<>(List.of(
                        r.runId(),
                        r.sampleId(),
                        r.epoch(),
                        r.language(),
                        r.category(),
                        r.group(),
                        r.outcome().status(),
                        line.error().isEmpty() ? line.blockedReason() : line.error(),
                        r.usage().inputTokens(),
                        r.usage().outputTokens(),
                        r.timings().totalMs()));
                for (String s : scorers) {
                    row.add(r.scores().stream()
                            .filter(x -> x.scorer().equals(s))
                            .findFirst()
                            .filter(x -> !Double.isNaN(x.value()))
                            .map(x -> (Object) x.value())
                            .orElse(""));
                }
                try {
                    csv.printRecord(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
