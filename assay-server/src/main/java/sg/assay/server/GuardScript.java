package sg.assay.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scripted guard models. Both judge one text: the last turn of a conversation, or, when the text is a whole
 * guard prompt (as a {@code /v1/completions} client or a chat client that built its own prompt sends it), the turn
 * that prompt asks about.
 *
 * <ul>
 *   <li>Llama Guard ({@code llama-guard*}): category codes named in the judged text ({@code S9}, {@code O3}) make it
 *       answer {@code unsafe} with those codes; else a text matching the refuse pattern is {@code unsafe} with the
 *       first category the prompt lists (or {@code S1}); else {@code safe}.
 *   <li>ShieldGemma ({@code shieldgemma*}): a judged text matching the refuse pattern gets {@code Yes} with top
 *       logprobs Yes -0.1, No -2.8; any other gets {@code No} with Yes -3.2, No -0.05 (then {@code yes} -6.5,
 *       {@code NO} -7.25 and a newline -9).
 * </ul>
 */
final class GuardScript {
    private static final Pattern CODE = Pattern.compile("\\b[SO]\\d{1,2}\\b");
    private static final Pattern TURN = Pattern.compile("(?m)^(User|Agent): ");
    private static final Pattern FIRST_CATEGORY =
            Pattern.compile("<BEGIN UNSAFE CONTENT CATEGORIES>\\s*([A-Z]\\d{1,2}):");
    private static final String BEGIN = "<BEGIN CONVERSATION>";
    private static final String END = "<END CONVERSATION>";

    private GuardScript() {}

    static Answer llamaGuard(List<Turn> turns, Responder responder) {
        String whole = turns.isEmpty() ? "" : turns.getLast().text();
        String judged = llamaTurn(whole);
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = CODE.matcher(judged);
        while (m.find()) {
            codes.add(m.group());
        }
        if (codes.isEmpty() && responder.matches(judged)) {
            Matcher first = FIRST_CATEGORY.matcher(whole);
            codes.add(first.find() ? first.group(1) : "S1");
        }
        return new Answer(codes.isEmpty() ? "safe" : "unsafe\n" + String.join(",", codes), Answer.Kind.ANSWER);
    }

    /** The last {@code User:}/{@code Agent:} turn of a Llama Guard prompt's conversation, else the text itself. */
    private static String llamaTurn(String text) {
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            return text;
        }
        String conversation = text.substring(begin + BEGIN.length(), end);
        Matcher m = TURN.matcher(conversation);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return (last < 0 ? conversation : conversation.substring(last)).strip();
    }

    static Answer shieldGemma(List<Turn> turns, Responder responder) {
        String whole = turns.isEmpty() ? "" : turns.getLast().text();
        boolean yes = responder.matches(shieldTurn(whole));
        List<Answer.Alternative> top = yes
                ? List.of(alt("Yes", -0.1), alt("No", -2.8), alt("yes", -6.5), alt("NO", -7.25), alt("\n", -9))
                : List.of(alt("No", -0.05), alt("Yes", -3.2), alt("yes", -6.5), alt("NO", -7.25), alt("\n", -9));
        return new Answer(yes ? "Yes" : "No", Answer.Kind.ANSWER, top);
    }

    /** The human question, or the chatbot response when the prompt asks about it; else the text itself. */
    private static String shieldTurn(String text) {
        String marker = text.contains("Does the Chatbot Response violate") ? "Chatbot Response:" : "Human Question:";
        int at = text.indexOf(marker);
        if (at < 0) {
            return text;
        }
        int end = text.indexOf("<end_of_turn>", at);
        return text.substring(at + marker.length(), end < 0 ? text.length() : end)
                .strip();
    }

    private static Answer.Alternative alt(String token, double logprob) {
        return new Answer.Alternative(token, logprob);
    }
}
