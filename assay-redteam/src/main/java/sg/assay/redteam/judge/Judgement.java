package sg.assay.redteam.judge;

import sg.assay.target.Usage;

/**
 * A turn judge's verdict.
 *
 * @param score 1 to 10 (1 when {@code error})
 * @param reasoning the judge's short reasoning, or what went wrong
 * @param error true when the judge gave no usable score (unparseable, refused to judge)
 * @param usage tokens the judge used
 */
public record Judgement(int score, String reasoning, boolean error, Usage usage) {
    public Judgement {
        if (score < 1 || score > 10) {
            throw new IllegalArgumentException("a judge score is 1 to 10: " + score);
        }
    }

    public static Judgement of(int score, String reasoning, Usage usage) {
        return new Judgement(score, reasoning, false, usage);
    }

    public static Judgement failed(String why, Usage usage) {
        return new Judgement(1, why, true, usage);
    }
}
