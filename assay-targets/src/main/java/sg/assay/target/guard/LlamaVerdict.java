package sg.assay.target.guard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Llama Guard answer read strictly: {@code safe}, or {@code unsafe} and a second line of comma-separated codes that
 * the category set knows (surrounding whitespace ignored). Anything else is not a verdict: the error says what came
 * back.
 *
 * @param unsafe whether the model said unsafe
 * @param violated the violated categories, in the order given
 */
record LlamaVerdict(boolean unsafe, List<LlamaCategory> violated) {
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final int SHOWN = 120;

    LlamaVerdict {
        violated = List.copyOf(violated);
    }

    /** The verdict, or a one-line reason why the text is not one. */
    static Result parse(String text, List<LlamaCategory> categories) {
        Map<String, LlamaCategory> byCode =
                categories.stream().collect(Collectors.toMap(LlamaCategory::code, Function.identity()));
        List<String> lines = text.strip().lines().map(String::strip).toList();
        if (lines.size() == 1 && lines.getFirst().equals("safe")) {
            return new Result(Optional.of(new LlamaVerdict(false, List.of())), "");
        }
        if (lines.size() != 2 || !lines.getFirst().equals("unsafe")) {
            return bad("expected 'safe' or 'unsafe' and a line of category codes, got " + quote(text));
        }
        Set<String> codes = new LinkedHashSet<>(List.of(COMMA.split(lines.get(1), -1)));
        List<LlamaCategory> hit = new ArrayList<>();
        for (String code : codes) {
            LlamaCategory c = byCode.get(code);
            if (c == null) {
                return bad("unknown category code '" + code + "' in " + quote(text) + "; known: "
                        + String.join(",", byCode.keySet().stream().sorted().toList()));
            }
            hit.add(c);
        }
        return new Result(Optional.of(new LlamaVerdict(true, hit)), "");
    }

    private static Result bad(String why) {
        return new Result(Optional.empty(), why);
    }

    private static String quote(String text) {
        String t = text.replace("\n", "\\n");
        return "'" + (t.length() <= SHOWN ? t : t.substring(0, SHOWN) + "...") + "'";
    }

    /** A verdict, or the reason there is none. */
    record Result(Optional<LlamaVerdict> verdict, String problem) {}
}
