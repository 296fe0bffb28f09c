package sg.assay.score.refusal;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A response normalised for cue matching and cut into sentences and lines. */
record ResponseText(String text, List<Segment> segments) {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[^0-9\\s][.!?])\\s+|(?<=[。！？])|\\n+");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\u3000]+");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:\\d{1,2}[.)]|[-*•]|#{1,4}\\s|step\\s*\\d)");

    ResponseText {
        segments = List.copyOf(segments);
    }

    /** One sentence or line: its offset in the normalised text, its weighted length, and whether it is a list item. */
    record Segment(String text, int offset, int units, boolean listItem) {}

    static ResponseText of(String response) {
        String text = normalise(response);
        List<Segment> segments = new ArrayList<>();
        var m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            add(segments, text, start, m.start());
            start = m.end();
        }
        add(segments, text, start, text.length());
        return new ResponseText(text, segments);
    }

    static String normalise(String response) {
        String t = Normalizer.normalize(response, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        t = t.replace('\u201c', '"').replace('\u201d', '"');
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    private static void add(List<Segment> out, String text, int from, int to) {
        String s = text.substring(from, to).strip();
        if (!s.isEmpty()) {
            out.add(new Segment(s, from, units(s), LIST_ITEM.matcher(s).find()));
        }
    }

    /** Letters and digits, with a Han character worth three (a Han character carries about a word). */
    static int units(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                n += Character.UnicodeScript.of(cp) == UnicodeScript.HAN ? 3 : 1;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    boolean hasCodeBlock() {
        return text.contains("'''") || text.contains("```");
    }
}
