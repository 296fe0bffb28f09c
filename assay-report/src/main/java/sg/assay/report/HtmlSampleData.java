package sg.assay.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import sg.assay.message.AssistantMessage;
import sg.assay.message.Message;
import sg.assay.message.SystemMessage;
import sg.assay.message.ToolCall;
import sg.assay.message.ToolMessage;
import sg.assay.message.UserMessage;
import sg.assay.provenance.Digests;
import sg.assay.report.cost.Price;
import sg.assay.run.RunStore;
import sg.assay.run.SampleOutcome;
import sg.assay.run.SampleResult;
import sg.assay.score.Score;

/**
 * Streams every sample of a run into the report's {@code <script type="application/json">} block as compact arrays
 * (strings that repeat, such as languages, categories and scorer names, are written once and referred to by index),
 * and digests each sample's export line on the way so the footer can show the samples' digest.
 *
 * <p>A row is {@code [id, epoch, language, category, outcome, scores, inputTokens, outputTokens, ms, cost, error,
 * transcript]}; a score is {@code [value, label, explanation]} at its scorer's index; a message is {@code [role,
 * text, toolCalls]} for the assistant ({@code [id, name, arguments]} per call), {@code [role, text, name, error]} for
 * a tool result, and {@code [role, text]} otherwise.
 */
final class HtmlSampleData {
    private final Map<String, Integer> scorers = new LinkedHashMap<>();
    private final Map<String, Integer> languages = new LinkedHashMap<>();
    private final Map<String, Integer> categories = new LinkedHashMap<>();
    private final List<String> digests = new ArrayList<>();
    private final Optional<Price> price;

    HtmlSampleData(List<String> knownScorers, Optional<Price> price) {
        knownScorers.forEach(s -> scorers.putIfAbsent(s, scorers.size()));
        this.price = price;
    }

    /** Writes the JSON object and returns the digest over the samples' export lines. */
    ReportDigests.Samples write(RunStore store, String runId, Writer out) {
        try (JsonGenerator g = ReportJson.mapper().getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setCharacterEscapes(new ScriptSafe());
            g.writeStartObject();
            g.writeArrayFieldStart("rows");
            store.forEachResult(runId, r -> {
                digests.add(ReportDigests.line(ReportDigests.line(r)));
                try {
                    row(g, r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
            names(g, "scorers", scorers);
            names(g, "languages", languages);
            names(g, "categories", categories);
            g.writeStringField("currency", price.map(Price::currency).orElse(""));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportDigests.Samples(digests.size(), Digests.sequence(digests));
    }

    private void row(JsonGenerator g, SampleResult r) throws IOException {
        g.writeStartArray();
        g.writeString(r.sampleId());
        g.writeNumber(r.epoch());
        g.writeNumber(index(languages, r.language()));
        g.writeNumber(index(categories, r.category()));
        g.writeNumber(
                switch (r.outcome()) {
                    case SampleOutcome.Completed c -> 0;
                    case SampleOutcome.Failed f -> 1;
                    case SampleOutcome.Blocked b -> 2;
                });
        scores(g, r.scores());
        g.writeNumber(r.usage().inputTokens());
        g.writeNumber(r.usage().outputTokens());
        g.writeNumber(r.timings().totalMs());
        if (price.isPresent()) {
            g.writeNumber(price.get().cost(r.usage()));
        } else {
            g.writeNull();
        }
        g.writeString(error(r.outcome()));
        g.writeStartArray();
        for (Message m : r.transcript()) {
            message(g, m);
        }
        g.writeEndArray();
        g.writeEndArray();
    }

    private void scores(JsonGenerator g, List<Score> scores) throws IOException {
        @Nullable Score[] byIndex = new Score[scorers.size() + scores.size()];
        int max = -1;
        for (Score s : scores) {
            int i = index(scorers, s.scorer());
            byIndex[i] = s;
            max = Math.max(max, i);
        }
        g.writeStartArray();
        for (int i = 0; i <= max; i++) {
            Score s = byIndex[i];
            if (s == null) {
                g.writeNull();
            } else {
                g.writeStartArray();
                if (Double.isNaN(s.value())) {
                    g.writeNull();
                } else {
                    g.writeNumber(s.value());
                }
                g.writeString(s.label());
                g.writeString(s.explanation());
                g.writeEndArray();
            }
        }
        g.writeEndArray();
    }

    private static void message(JsonGenerator g, Message m) throws IOException {
        g.writeStartArray();
        g.writeString(m.role());
        g.writeString(m.text());
        switch (m) {
            case AssistantMessage a -> {
                g.writeStartArray();
                for (ToolCall c : a.toolCalls()) {
                    g.writeStartArray();
                    g.writeString(c.id());
                    g.writeString(c.name());
                    g.writeString(c.arguments());
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
            case ToolMessage t -> {
                g.writeString(t.name());
                g.writeBoolean(t.error());
            }
            case SystemMessage s -> {}
            case UserMessage u -> {}
        }
        g.writeEndArray();
    }

    private static String error(SampleOutcome o) {
        return switch (o) {
            case SampleOutcome.Completed c -> "";
            case SampleOutcome.Failed f -> f.type() + ": " + f.error();
            case SampleOutcome.Blocked b -> "blocked by provider: " + b.reason();
        };
    }

    private static int index(Map<String, Integer> names, String name) {
        return names.computeIfAbsent(name, k -> names.size());
    }

    private static void names(JsonGenerator g, String field, Map<String, Integer> names) throws IOException {
        g.writeArrayFieldStart(field);
        for (String n : names.keySet()) {
            g.writeString(n);
        }
        g.writeEndArray();
    }

    /** Escapes '<', '>' and '&' so that no text in the data can close the script element it sits in. */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();

        ScriptSafe() {
            codes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            codes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            codes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028
                    ? new SerializedString("\\u2028")
                    : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }
}
