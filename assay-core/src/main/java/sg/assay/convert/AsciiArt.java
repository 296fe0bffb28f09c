package sg.assay.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sg.assay.AssayException;
import sg.assay.ConfigException;

/**
 * Renders text as ASCII art in a five-row block font ({@code convert/ascii-font.txt}), the obfuscation of ArtPrompt
 * (Jiang et al. 2024). Letters are upper-cased; characters the font lacks are drawn as {@code ?}. Words wrap so that
 * no row is wider than {@code width} columns, and rows of art are separated by a blank line.
 */
final class AsciiArt {
    static final int ROWS = 5;
    private static final int GLYPH = 5;
    private static final Map<Integer, String[]> FONT = load();
    private static final String[] UNKNOWN = java.util.Objects.requireNonNull(FONT.get((int) '?'));

    private AsciiArt() {}

    private static Map<Integer, String[]> load() {
        try (InputStream in = AsciiArt.class.getResourceAsStream("/convert/ascii-font.txt")) {
            if (in == null) {
                throw new AssayException("resource convert/ascii-font.txt is missing");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.startsWith(";;"))
                    .toList();
            Map<Integer, String[]> font = new HashMap<>();
            for (int i = 0; i + ROWS < lines.size(); i += ROWS + 1) {
                String[] rows = new String[ROWS];
                for (int r = 0; r < ROWS; r++) {
                    rows[r] = pad(lines.get(i + 1 + r));
                }
                font.put(lines.get(i).codePointAt(0), rows);
            }
            font.put((int) ' ', new String[] {"   ", "   ", "   ", "   ", "   "});
            return Map.copyOf(font);
        } catch (IOException e) {
            throw new AssayException("cannot read convert/ascii-font.txt: " + e.getMessage(), e);
        }
    }

    private static String pad(String row) {
        return row.length() >= GLYPH ? row : row + " ".repeat(GLYPH - row.length());
    }

    static String render(String prompt, int width) {
        if (width < GLYPH) {
            throw new ConfigException("ascii-art width must be at least " + GLYPH + ": " + width);
        }
        int perLine = Math.max(1, (width + 1) / (GLYPH + 1));
        List<String> blocks = new ArrayList<>();
        for (String line : wrap(prompt.toUpperCase(Locale.ROOT).strip(), perLine)) {
            blocks.add(block(line));
        }
        return String.join("\n\n", blocks);
    }

    private static List<String> wrap(String text, int perLine) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String w = word;
            while (w.codePointCount(0, w.length()) > perLine) {
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                int cut = w.offsetByCodePoints(0, perLine);
                lines.add(w.substring(0, cut));
                w = w.substring(cut);
            }
            int len = current.codePointCount(0, current.length());
            if (!current.isEmpty() && len + 1 + w.codePointCount(0, w.length()) > perLine) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(w);
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static String block(String line) {
        StringBuilder[] rows = new StringBuilder[ROWS];
        for (int r = 0; r < ROWS; r++) {
            rows[r] = new StringBuilder();
        }
        line.codePoints().forEach(cp -> {
            String[] glyph = FONT.getOrDefault(cp, UNKNOWN);
            for (int r = 0; r < ROWS; r++) {
                if (!rows[r].isEmpty()) {
                    rows[r].append(' ');
                }
                rows[r].append(glyph[r]);
            }
        });
        List<String> out = new ArrayList<>();
        for (StringBuilder row : rows) {
            out.add(row.toString().stripTrailing());
        }
        return String.join("\n", out);
    }
}
