package sg.assay.guard;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code local/guard} classification (normalise, hash n-grams, dot product, logistic), cycling through the 2,016
 * prompts of the sea-safety suite in nine languages (mean 106 characters), and the feature extraction alone. Run with
 * {@code java -cp ... org.openjdk.jmh.Main GuardBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GuardBenchmark {
    private GuardModel model = GuardModel.bundled();
    private List<String> prompts = List.of();
    private int next;

    @Setup
    public void setUp() {
        model = GuardModel.bundled();
        prompts = GuardSources.suite("sea-safety").stream()
                .map(GuardExample::text)
                .toList();
    }

    private String prompt() {
        String p = prompts.get(next);
        next = next + 1 == prompts.size() ? 0 : next + 1;
        return p;
    }

    @Benchmark
    public GuardVerdict classify() {
        return model.classify(prompt());
    }

    @Benchmark
    public SparseVector features() {
        return FeatureSpace.standard().vector(prompt());
    }
}
