package sg.assay.redteam;

/** The metadata keys an attack's sample result carries, all under {@code redteam.}. */
public final class AttackKeys {
    public static final String STRATEGY = "redteam.strategy";
    public static final String CONVERTER = "redteam.converter";
    public static final String LANGUAGE = "redteam.language";
    public static final String ATTACKER = "redteam.attacker";
    public static final String JUDGE = "redteam.judge";
    public static final String SUCCESS = "redteam.success";
    public static final String STOP = "redteam.stop";
    public static final String THRESHOLD = "redteam.threshold";
    public static final String BEST_SCORE = "redteam.best_score";
    public static final String BUDGET = "redteam.budget";
    public static final String QUERIES = "redteam.queries";
    public static final String QUERIES_TO_SUCCESS = "redteam.queries_to_success";
    public static final String TURNS = "redteam.turns";
    public static final String ATTACKER_REFUSALS = "redteam.attacker_refusals";
    public static final String JUDGE_ERRORS = "redteam.judge_errors";
    public static final String PRUNED = "redteam.pruned";
    public static final String BACKTRACKS = "redteam.backtracks";
    public static final String TARGET_TOKENS = "redteam.target_tokens";
    public static final String ATTACKER_TOKENS = "redteam.attacker_tokens";
    public static final String JUDGE_TOKENS = "redteam.judge_tokens";
    /** Input and output tokens of each role, apart, because they are priced apart. */
    public static final String TARGET_INPUT_TOKENS = "redteam.target_input_tokens";

    public static final String TARGET_OUTPUT_TOKENS = "redteam.target_output_tokens";
    public static final String ATTACKER_INPUT_TOKENS = "redteam.attacker_input_tokens";
    public static final String ATTACKER_OUTPUT_TOKENS = "redteam.attacker_output_tokens";
    public static final String JUDGE_INPUT_TOKENS = "redteam.judge_input_tokens";
    public static final String JUDGE_OUTPUT_TOKENS = "redteam.judge_output_tokens";
    /** The whole attack, turn by turn, as a JSON array (see {@code docs/schemas/redteam-turn.schema.json}). */
    public static final String LOG = "redteam.log";

    private AttackKeys() {}
}
