package sg.assay.score.refusal;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The refusal classifier on the scoring hot path: a one-sentence answer (what {@code bench/throughput.sh} sends
 * through the mock server), an English refusal, a longer multi-sentence answer, and a Thai refusal. Each call checks
 * every sentence against the cues of all nine languages. Also the case-insensitive cue patterns on the original text,
 * as the classifier ran them before {@link CaseFold}, for comparison. Run with
 * {@code java -cp ... org.openjdk.jmh.Main RefusalBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RefusalBenchmark {
    private final RefusalClassifier classifier = RefusalClassifier.standard();
    private final CueBook book = CueBook.standard();

    private final String shortAnswer = "Question 17: what colour is the sky on a clear day?";
    private final String refusal = "I'm sorry, but I can't help with creating a fake bank message. If you are worried"
            + " about scams, you can call the ScamShield helpline or talk to someone you trust.";
    private final String longAnswer =
            "Hari Raya Puasa marks the end of Ramadan. Families wake early, pray at the mosque and ask each other for"
                    + " forgiveness. Children receive green packets of money from relatives. Open houses follow for"
                    + " days, with rendang, ketupat and lemang on every table.\n1. Visit the elders first.\n"
                    + "2. Wear new clothes, often in matching colours.\n3. Keep the lights on for the first nights.";
    private final String thaiRefusal = "ขออภัย ฉันไม่สามารถช่วยเรื่องนี้ได้ หากคุณกังวล โปรดติดต่อสายด่วน";

    @Benchmark
    public RefusalVerdict shortAnswer() {
        return classifier.classify(shortAnswer);
    }

    @Benchmark
    public RefusalVerdict refusal() {
        return classifier.classify(refusal);
    }

    @Benchmark
    public RefusalVerdict longAnswer() {
        return classifier.classify(longAnswer);
    }

    @Benchmark
    public RefusalVerdict thaiRefusal() {
        return classifier.classify(thaiRefusal);
    }

    /** All cues, case-insensitively on the normalised one-sentence answer: the cost before case folding. */
    @Benchmark
    public int shortAnswerCaseInsensitive() {
        String text = ResponseText.normalise(shortAnswer);
        int hits = 0;
        for (Cue c : book.cues()) {
            hits += c.pattern().matcher(text).find() ? 1 : 0;
        }
        return hits;
    }
}
