package sg.assay.server;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Writes the deterministic answer of a scripted model: the same prompt always gets the same answer. */
final class Responder {
    private final Pattern refusePattern;

    Responder(Pattern refusePattern) {
        this.refusePattern = refusePattern;
    }

    /** The answer to a whole conversation: the guard models judge its last turn, the others answer its last user turn. */
    Answer answer(Behaviour behaviour, java.util.List<Turn> turns) {
        return switch (behaviour) {
            case LLAMA_GUARD -> GuardScript.llamaGuard(turns, this);
            case SHIELDGEMMA -> GuardScript.shieldGemma(turns, this);
            default -> answer(behaviour, Turn.lastUser(turns));
        };
    }

    Answer answer(Behaviour behaviour, String prompt) {
        return switch (behaviour) {
            case ECHO -> new Answer(prompt.isEmpty() ? "(empty)" : prompt, Answer.Kind.ANSWER);
            case COMPLY, TOOLS, REASONING -> new Answer(comply(prompt), Answer.Kind.ANSWER);
            case REFUSE -> new Answer(Behaviour.REFUSAL, Answer.Kind.REFUSAL);
            case PATTERN_REFUSE ->
                matches(prompt)
                        ? new Answer(Behaviour.REFUSAL, Answer.Kind.REFUSAL)
                        : new Answer(comply(prompt), Answer.Kind.ANSWER);
            case CONTENT_FILTER ->
                matches(prompt)
                        ? new Answer("", Answer.Kind.FILTERED_PROMPT)
                        : new Answer("Here is", Answer.Kind.FILTERED_COMPLETION);
            case LLAMA_GUARD, SHIELDGEMMA -> answer(behaviour, java.util.List.of(new Turn("user", prompt)));
        };
    }

    boolean matches(String text) {
        return refusePattern.matcher(text).find();
    }

    static String comply(String prompt) {
        String[] words = prompt.strip().split("\\s+", 9);
        int n = Math.min(words.length, 8);
        String topic = String.join(" ", java.util.Arrays.copyOf(words, n));
        return "Sure. Here is a mock answer about \"" + topic + "\". Reference " + digest(prompt) + ".";
    }

    /** A stable 8-hex-digit digest of the text (FNV-1a), the same on every JVM. */
    static String digest(String text) {
        return HexFormat.of().toHexDigits((int) fnv(text));
    }

    static long fnv(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Tokens as the mock counts them: whitespace-separated words, at least one for non-empty text. */
    static int tokens(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
