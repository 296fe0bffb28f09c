package sg.assay.probe;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a canary token in a text, as written or disguised: spaced out or split by punctuation, reversed, ROT13,
 * Base64 (standard or URL-safe, possibly wrapped) or hex. Canaries are long random tokens, so a match is evidence.
 */
public final class CanaryDetector {
    /** How the canary appeared. */
    public enum Form {
        PLAIN,
        SPACED,
        REVERSED,
        ROT13,
        BASE64,
        HEX;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/_-]{8,}={0,2}");
    private static final Pattern HEX_RUN = Pattern.compile("(?:[0-9a-fA-F]{2}){6,}");

    private CanaryDetector() {}

    /** The form in which the canary appears in the text, if it does. */
    public static Optional<Form> find(String text, String canary) {
        if (canary.length() < 6) {
            throw new IllegalArgumentException("canary too short to detect reliably");
        }
        String c = squeeze(canary);
        Optional<Form> direct = direct(text, c);
        if (direct.isPresent()) {
            return direct;
        }
        for (String decoded : base64Decodings(text)) {
            if (direct(decoded, c).isPresent()) {
                return Optional.of(Form.BASE64);
            }
        }
        for (String decoded : hexDecodings(text)) {
            if (direct(decoded, c).isPresent()) {
                return Optional.of(Form.HEX);
            }
        }
        return Optional.empty();
    }

    private static Optional<Form> direct(String text, String c) {
        if (text.toLowerCase(Locale.ROOT).contains(c)) {
            return Optional.of(Form.PLAIN);
        }
        String s = squeeze(text);
        if (s.contains(c)) {
            return Optional.of(Form.SPACED);
        }
        if (s.contains(new StringBuilder(c).reverse())) {
            return Optional.of(Form.REVERSED);
        }
        if (s.contains(rot13(c))) {
            return Optional.of(Form.ROT13);
        }
        return Optional.empty();
    }

    /** Letters and digits only, case-folded and compatibility-normalised (full-width forms become ASCII). */
    static String squeeze(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static String rot13(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 'a' && ch <= 'z') {
                sb.append((char) ('a' + (ch - 'a' + 13) % 26));
            } else if (ch >= 'A' && ch <= 'Z') {
                sb.append((char) ('A' + (ch - 'A' + 13) % 26));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** Decodings of every Base64-looking run, in the text as written and with line wrapping removed. */
    static List<String> base64Decodings(String text) {
        List<String> out = new ArrayList<>();
        for (String source : List.of(text, text.replaceAll("\\s+", ""))) {
            Matcher m = BASE64_RUN.matcher(source);
            while (m.find()) {
                String run = m.group().replace('-', '+').replace('_', '/').replace("=", "");
                for (int offset = 0; offset < 4 && run.length() - offset >= 8; offset++) {
                    String part = run.substring(offset);
                    part = padded(part);
                    try {
                        out.add(new String(Base64.getDecoder().decode(part), StandardCharsets.UTF_8));
                    } catch (IllegalArgumentException e) {
                        // not Base64 after all
                    }
                }
            }
        }
        return out;
    }

    /** Base64 without its padding, padded again; a dangling single character cannot be decoded and is dropped. */
    private static String padded(String part) {
        int rem = part.length() % 4;
        return rem == 0 ? part : rem == 1 ? part.substring(0, part.length() - 1) : part + "==".substring(0, 4 - rem);
    }

    static List<String> hexDecodings(String text) {
        List<String> out = new ArrayList<>();
        for (String source : List.of(text, text.replaceAll("[\\s:,-]+", ""))) {
            Matcher m = HEX_RUN.matcher(source);
            while (m.find()) {
                out.add(new String(HexFormat.of().parseHex(m.group()), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
