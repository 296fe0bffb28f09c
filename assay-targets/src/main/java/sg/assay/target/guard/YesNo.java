package sg.assay.target.guard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ShieldGemma's score: the probability of a violation is the softmax over the log probabilities of the {@code Yes}
 * and {@code No} tokens among the first token's top alternatives, {@code p = 1 / (1 + exp(lp(No) - lp(Yes)))}.
 * Tokens are compared after dropping leading spaces and SentencePiece's {@code ▁}; spellings that land on the same
 * word are summed. When only one of the two is among the alternatives the other counts as probability zero.
 *
 * @param yes the log probability of Yes (negative infinity when absent)
 * @param no the log probability of No (negative infinity when absent)
 */
record YesNo(double yes, double no) {

    double violation() {
        if (yes == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (no == Double.NEGATIVE_INFINITY) {
            return 1;
        }
        return 1 / (1 + Math.exp(no - yes));
    }

    /** From (token, logprob) pairs; empty when neither Yes nor No is among them. */
    static Optional<YesNo> of(List<Candidate> candidates) {
        double yes = Double.NEGATIVE_INFINITY;
        double no = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            String t = c.token().replaceFirst("^[\\s\u2581]+", "");
            if (t.equals("Yes")) {
                yes = logAdd(yes, c.logprob());
            } else if (t.equals("No")) {
                no = logAdd(no, c.logprob());
            }
        }
        return yes == Double.NEGATIVE_INFINITY && no == Double.NEGATIVE_INFINITY
                ? Optional.empty()
                : Optional.of(new YesNo(yes, no));
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        double m = Math.max(a, b);
        return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
    }

    /** One alternative for the first token. */
    record Candidate(String token, double logprob) {}

    /**
     * The first token's alternatives in a chat answer ({@code logprobs.content[0].top_logprobs}, plus the chosen
     * token when it is not among them) or a completions answer ({@code logprobs.top_logprobs[0]}); empty when the answer has no logprobs.
     */
    static Optional<List<Candidate>> candidates(JsonNode root, Mode mode) {
        JsonNode lp = root.path("choices").path(0).path("logprobs");
        List<Candidate> out = new ArrayList<>();
        if (mode == Mode.CHAT) {
            JsonNode first = lp.path("content").path(0);
            if (!first.isObject()) {
                return Optional.empty();
            }
            first.path("top_logprobs").forEach(n -> add(out, n));
            if (out.stream().noneMatch(c -> c.token().equals(first.path("token").asText()))) {
                add(out, first);
            }
        } else {
            JsonNode top = lp.path("top_logprobs").path(0);
            if (!top.isObject()) {
                return Optional.empty();
            }
            top.properties().forEach(e -> {
                if (e.getValue().isNumber()) {
                    out.add(new Candidate(e.getKey(), e.getValue().asDouble()));
                }
            });
        }
        return Optional.of(out);
    }

    private static void add(List<Candidate> out, JsonNode n) {
        if (n.path("token").isTextual() && n.path("logprob").isNumber()) {
            out.add(new Candidate(n.path("token").asText(), n.path("logprob").asDouble()));
        }
    }
}
