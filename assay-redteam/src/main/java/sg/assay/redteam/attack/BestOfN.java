package sg.assay.redteam.attack;

import sg.assay.convert.Converter;
import sg.assay.convert.Converters;

/**
 * Best-of-N jailbreaking (Hughes et al. 2024): the behaviour is sent again and again with fresh random augmentations
 * (character scrambling inside words, random capitalisation, ASCII noise), each drawn with its own seed, until one
 * succeeds or {@code n} attempts (or the budget) are spent. No attacker model is used.
 */
public final class BestOfN implements Strategy {
    private final int n;
    private final double sigma;

    /**
     * @param n the most attempts
     * @param sigma the strength of the augmentations, 0 to 1: as in the paper, words are scrambled and letters
     *     capitalised with probability sqrt(sigma), characters noised with probability sigma^3 (default 0.4)
     */
    public BestOfN(int n, double sigma) {
        if (n < 1) {
            throw new sg.assay.ConfigException("best-of-n needs n of at least 1: " + n);
        }
        if (!(sigma > 0 && sigma <= 1)) {
            throw new sg.assay.ConfigException("best-of-n sigma must be in (0, 1]: " + sigma);
        }
        this.n = n;
        this.sigma = sigma;
    }

    @Override
    public String name() {
        return "best-of-n";
    }

    @Override
    public boolean needsAttacker() {
        return false;
    }

    /** The augmentation of attempt {@code i}: a converter chain whose seeds derive from the attack's seed. */
    String augmentation(long seed, int i) {
        long s = Math.floorMod(seed * 1_000_003L + i, Integer.MAX_VALUE - 3);
        double swap = Math.sqrt(sigma);
        double caps = Math.sqrt(sigma);
        double noise = Math.pow(sigma, 3);
        return String.format(
                java.util.Locale.ROOT,
                "char-swap:rate=%.3f,seed=%d|random-caps:rate=%.3f,seed=%d|char-noise:rate=%.4f,seed=%d",
                swap,
                s,
                caps,
                s + 1,
                noise,
                s + 2);
    }

    @Override
    public AttackResult run(AttackContext ctx) {
        int threshold = ctx.judge().successThreshold();
        for (int i = 1; i <= n; i++) {
            if (!ctx.ledger().reserve()) {
                return AttackResult.of(ctx.ledger(), threshold, "budget");
            }
            String chain = augmentation(ctx.seed(), i);
            Converter aug = Converters.chain(chain);
            Turn turn = ctx.probe(AttackContext.draft(0, i, "", "", chain, "", aug.convert(ctx.goal())));
            if (ctx.success(turn)) {
                break;
            }
        }
        return AttackResult.of(ctx.ledger(), threshold, "exhausted");
    }
}
