package sg.assay.convert;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Reversible encodings: Base64, ROT13, leetspeak and International Morse code. */
final class Encodings {
    private static final Map<Character, String> MORSE = Map.ofEntries(
            Map.entry('A', ".-"),
            Map.entry('B', "-..."),
            Map.entry('C', "-.-."),
            Map.entry('D', "-.."),
            Map.entry('E', "."),
            Map.entry('F', "..-."),
            Map.entry('G', "--."),
            Map.entry('H', "...."),
            Map.entry('I', ".."),
            Map.entry('J', ".---"),
            Map.entry('K', "-.-"),
            Map.entry('L', ".-.."),
            Map.entry('M', "--"),
            Map.entry('N', "-."),
            Map.entry('O', "---"),
            Map.entry('P', ".--."),
            Map.entry('Q', "--.-"),
            Map.entry('R', ".-."),
            Map.entry('S', "..."),
            Map.entry('T', "-"),
            Map.entry('U', "..-"),
            Map.entry('V', "...-"),
            Map.entry('W', ".--"),
            Map.entry('X', "-..-"),
            Map.entry('Y', "-.--"),
            Map.entry('Z', "--.."),
            Map.entry('0', "-----"),
            Map.entry('1', ".----"),
            Map.entry('2', "..---"),
            Map.entry('3', "...--"),
            Map.entry('4', "....-"),
            Map.entry('5', "....."),
            Map.entry('6', "-...."),
            Map.entry('7', "--..."),
            Map.entry('8', "---.."),
            Map.entry('9', "----."),
            Map.entry('.', ".-.-.-"),
            Map.entry(',', "--..--"),
            Map.entry('?', "..--.."),
            Map.entry('\'', ".----."),
            Map.entry('!', "-.-.--"),
            Map.entry('/', "-..-."),
            Map.entry('(', "-.--."),
            Map.entry(')', "-.--.-"),
            Map.entry('&', ".-..."),
            Map.entry(':', "---..."),
            Map.entry(';', "-.-.-."),
            Map.entry('=', "-...-"),
            Map.entry('+', ".-.-."),
            Map.entry('-', "-....-"),
            Map.entry('_', "..--.-"),
            Map.entry('"', ".-..-."),
            Map.entry('$', "...-..-"),
            Map.entry('@', ".--.-."));

    private static final Map<Character, Character> LEET =
            Map.of('a', '4', 'e', '3', 'i', '1', 'o', '0', 's', '5', 't', '7');

    private Encodings() {}

    static String base64(String prompt) {
        return Base64.getEncoder().encodeToString(prompt.getBytes(StandardCharsets.UTF_8));
    }

    static String rot13(String prompt) {
        StringBuilder sb = new StringBuilder(prompt.length());
        for (int i = 0; i < prompt.length(); i++) {
            char c = prompt.charAt(i);
            if (c >= 'a' && c <= 'z') {
                sb.append((char) ('a' + (c - 'a' + 13) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                sb.append((char) ('A' + (c - 'A' + 13) % 26));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Replaces a, e, i, o, s and t (either case) by the digits that look like them. */
    static String leetspeak(String prompt) {
        StringBuilder sb = new StringBuilder(prompt.length());
        for (int i = 0; i < prompt.length(); i++) {
            char c = prompt.charAt(i);
            Character swap = LEET.get(Character.toLowerCase(c));
            sb.append(swap == null ? c : swap.charValue());
        }
        return sb.toString();
    }

    /**
     * International Morse code: letters separated by a space, words by {@code " / "}. Characters Morse has no code
     * for are kept as they are.
     */
    static String morse(String prompt) {
        StringBuilder sb = new StringBuilder();
        for (String word : prompt.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(" / ");
            }
            StringBuilder w = new StringBuilder();
            word.codePoints().forEach(cp -> {
                if (!w.isEmpty()) {
                    w.append(' ');
                }
                String code = cp < 0x10000 ? MORSE.get(Character.toUpperCase((char) cp)) : null;
                w.append(code == null ? new String(Character.toChars(cp)) : code);
            });
            sb.append(w);
        }
        return sb.toString();
    }
}
