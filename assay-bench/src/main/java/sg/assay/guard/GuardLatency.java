package sg.assay.guard;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A bench main (not a unit test): the latency of one {@code local/guard} classification over the 2,016 sea-safety
 * prompts, after warm-up, single-threaded, timed per call so that percentiles can be reported (JMH gives means).
 * Run with {@code java -cp assay-bench/target/classes:$(cat assay-bench/target/cp.txt) sg.assay.guard.GuardLatency}
 * after building the bench profile (see docs/benchmarks.md).
 */
public final class GuardLatency {
    private GuardLatency() {}

    public static void main(String[] args) {
        long loadStart = System.nanoTime();
        GuardModel model = GuardModel.bundled();
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        List<String> texts = GuardSources.suite("sea-safety").stream()
                .map(GuardExample::text)
                .toList();
        double sink = 0;
        for (int round = 0; round < 20; round++) { // warm-up: let the JIT compile the hot path
            for (String t : texts) {
                sink += model.score(t);
            }
        }
        int rounds = 10;
        long[] nanos = new long[texts.size() * rounds];
        int k = 0;
        long wallStart = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (String t : texts) {
                long s = System.nanoTime();
                sink += model.score(t);
                nanos[k++] = System.nanoTime() - s;
            }
        }
        long wall = System.nanoTime() - wallStart;
        Arrays.sort(nanos);
        double avgChars = texts.stream().mapToInt(String::length).average().orElse(0);
        System.out.printf( // a bench main prints its result
                Locale.ROOT,
                "model load %.0f ms; %d classifications of %d prompts (mean %.0f chars): mean %.1f us, p50 %.1f us,"
                        + " p99 %.1f us, max %.1f us; throughput %.0f/s (checksum %.3f)%n",
                loadMs,
                nanos.length,
                texts.size(),
                avgChars,
                wall / 1e3 / nanos.length,
                nanos[nanos.length / 2] / 1e3,
                nanos[(int) (nanos.length * 0.99)] / 1e3,
                nanos[nanos.length - 1] / 1e3,
                nanos.length / (wall / 1e9),
                sink);
    }
}
