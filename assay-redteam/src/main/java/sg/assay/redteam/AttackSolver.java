package sg.assay.redteam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import sg.assay.AssayException;
import sg.assay.convert.Converter;
import sg.assay.dataset.Sample;
import sg.assay.json.Json;
import sg.assay.language.LanguageTag;
import sg.assay.message.Message;
import sg.assay.redteam.attack.AttackContext;
import sg.assay.redteam.attack.AttackResult;
import sg.assay.redteam.attack.Attacker;
import sg.assay.redteam.attack.Budget;
import sg.assay.redteam.attack.Ledger;
import sg.assay.redteam.attack.Strategy;
import sg.assay.redteam.attack.Turn;
import sg.assay.redteam.judge.RubricJudge;
import sg.assay.score.refusal.RefusalClassifier;
import sg.assay.solve.Generator;
import sg.assay.solve.Solver;
import sg.assay.solve.TaskState;

/**
 * The {@code attack} solver: runs one attack on the sample's behaviour (its prompt) and leaves the whole attack in
 * the sample's result. The transcript holds every exchange with the target in order; the metadata holds the strategy,
 * converter, language, success, queries, tokens of target, attacker and judge, and the turn log as JSON.
 *
 * <p>With a {@code language} other than the behaviour's, every prompt is translated into it before the converters.
 *
 * <p>An attacker that gives no usable prompt in any framing fails the sample (an attacker failure, reported apart);
 * it never counts as the target resisting.
 */
public final class AttackSolver implements Solver {
    private static final ObjectMapper LOG =
            Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private final Strategy strategy;
    private final Converter chain;
    private final Function<String, Converter> translator;
    private final String converter;
    private final String language;
    private final Attacker attacker;
    private final RubricJudge judge;
    private final RefusalClassifier refusals;
    private final Budget budget;
    private final long seed;

    /** Parts of an attack that do not change between samples; built once per run. */
    public AttackSolver(
            Strategy strategy,
            Converter chain,
            Function<String, Converter> translator,
            String converter,
            String language,
            Attacker attacker,
            RubricJudge judge,
            RefusalClassifier refusals,
            Budget budget,
            long seed) {
        this.strategy = strategy;
        this.chain = chain;
        this.translator = translator;
        this.converter = converter;
        this.language = language;
        this.attacker = attacker;
        this.judge = judge;
        this.refusals = refusals;
        this.budget = budget;
        this.seed = seed;
    }

    @Override
    public TaskState solve(TaskState state, Generator generator) {
        Sample s = state.sample();
        String lang = language.isEmpty() ? s.language() : language;
        Ledger ledger = new Ledger(budget);
        long attackSeed = seed * 1_000_003L + s.id().hashCode() * 31L + state.epoch();
        AttackContext ctx = new AttackContext(
                s.prompt(), lang, delivery(s, lang), generator, attacker, judge, judge, refusals, ledger, attackSeed);
        AttackResult result = strategy.run(ctx);
        List<Message> transcript = new ArrayList<>();
        for (Turn t : result.turns()) {
            if (t.status().queried()) {
                transcript.add(Message.user(t.sent()));
                transcript.add(Message.assistant(t.response()));
            }
        }
        String output = result.best().map(Turn::response).orElse("");
        Map<String, String> meta = new HashMap<>(state.metadata());
        meta.putAll(metadata(result, lang));
        return new TaskState(
                s, state.epoch(), transcript, output, result.totals().target(), meta);
    }

    /**
     * A translation into the attack's language when the behaviour is written in another one, then the converters:
     * the converters obfuscate the prompt as delivered (a translator asked to translate Base64 or leetspeak would
     * decode or undo it).
     */
    private Converter delivery(Sample s, String lang) {
        String want = LanguageTag.normalise(lang);
        String have = LanguageTag.normalise(s.language());
        if (want.equals(have) || want.equals("en") && have.equals("und")) {
            return chain;
        }
        Converter translate = translator.apply(lang);
        return p -> chain.convert(translate.convert(p));
    }

    private Map<String, String> metadata(AttackResult r, String lang) {
        Map<String, String> m = new HashMap<>();
        m.put(AttackKeys.STRATEGY, strategy.name());
        m.put(AttackKeys.CONVERTER, converter);
        m.put(AttackKeys.LANGUAGE, lang);
        m.put(AttackKeys.ATTACKER, strategy.needsAttacker() ? attacker.describe() : "");
        m.put(AttackKeys.JUDGE, judge.describe());
        m.put(AttackKeys.SUCCESS, Boolean.toString(r.success()));
        m.put(AttackKeys.STOP, r.stop());
        m.put(AttackKeys.THRESHOLD, Integer.toString(judge.successThreshold()));
        m.put(AttackKeys.BEST_SCORE, Integer.toString(r.best().map(Turn::score).orElse(0)));
        m.put(AttackKeys.BUDGET, Integer.toString(budget.queries()));
        m.put(AttackKeys.QUERIES, Integer.toString(r.totals().queries()));
        m.put(AttackKeys.QUERIES_TO_SUCCESS, Integer.toString(r.queriesToSuccess()));
        m.put(AttackKeys.TURNS, Integer.toString(r.totals().turns()));
        m.put(AttackKeys.ATTACKER_REFUSALS, Integer.toString(r.totals().attackerRefusals()));
        m.put(AttackKeys.JUDGE_ERRORS, Integer.toString(r.totals().judgeErrors()));
        m.put(AttackKeys.PRUNED, Integer.toString(r.totals().pruned()));
        m.put(AttackKeys.BACKTRACKS, Integer.toString(r.totals().backtracks()));
        m.put(AttackKeys.TARGET_TOKENS, Long.toString(r.totals().target().totalTokens()));
        m.put(AttackKeys.ATTACKER_TOKENS, Long.toString(r.totals().attacker().totalTokens()));
        m.put(AttackKeys.JUDGE_TOKENS, Long.toString(r.totals().judge().totalTokens()));
        m.putAll(sg.assay.redteam.campaign.AttackUsage.of(r.totals()).metadata());
        try {
            m.put(AttackKeys.LOG, LOG.writeValueAsString(r.turns()));
        } catch (JsonProcessingException e) {
            throw new AssayException("cannot write the attack log: " + e.getOriginalMessage(), e);
        }
        return m;
    }

    /** Whether the attacker or the judge is a built-in mock: results are then a demo, not a measurement. */
    public boolean demo() {
        return judge.mock() || strategy.needsAttacker() && attacker.mock();
    }
}
