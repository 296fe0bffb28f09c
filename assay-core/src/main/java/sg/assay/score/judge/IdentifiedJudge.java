package sg.assay.score.judge;

import java.util.Optional;
import sg.assay.score.Scorer;

/**
 * A scorer that is a judge: it has an identity (what makes its verdicts what they are) and a label set, so {@code
 * judge validate} can compare its verdicts with human labels and reports can find its validation. Its scores carry
 * the identity in their metadata under {@link JudgeScorer#META}.
 */
public interface IdentifiedJudge extends Scorer {
    /** The judge's identity; a validation belongs to exactly one. */
    JudgeIdentity identity();

    /** The common labels the judge gives. */
    LabelSet labels();

    /** The label whose value is 1, for binary judges. */
    Optional<String> positive();
}
