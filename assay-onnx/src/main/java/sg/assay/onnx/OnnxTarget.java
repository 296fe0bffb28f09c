package sg.assay.onnx;

import ai.onnxruntime.OrtException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.classify.Classification;
import sg.assay.message.Message;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;
import sg.assay.target.embedhead.HeadFile;

/**
 * {@code onnx/<path>}: classifies the last user message in-process with an ONNX text model, either from its logits
 * ({@code labels=}) or by feeding its embedding into the heads of a head file ({@code head=}). The answer is the
 * classification in the common label set ({@link Classification#render()}) with {@code classification.*} metadata.
 */
final class OnnxTarget implements Target {
    private final Spec spec;
    private final OnnxEncoder encoder;
    private final Optional<LabelMap> labels;
    private final Optional<HeadFile> heads;

    OnnxTarget(Spec spec) {
        this.spec = spec;
        if (spec.model().isBlank()) {
            throw new ConfigException("onnx needs a model path, e.g. onnx/models/classifier.onnx:labels=safe,unsafe");
        }
        Path model = Path.of(spec.model());
        boolean hasLabels = !spec.param("labels", "").isBlank();
        boolean hasHead = !spec.param("head", "").isBlank();
        if (hasLabels == hasHead) {
            throw new ConfigException(spec.name() + " needs exactly one of labels=<category per logit> (a classifier)"
                    + " or head=<head file> (an embedding model)");
        }
        this.labels = hasLabels
                ? Optional.of(LabelMap.parse(
                        spec.name(),
                        spec.param("labels", ""),
                        spec.param("activation", "softmax"),
                        spec.doubleParam("threshold", 0.5)))
                : Optional.empty();
        this.heads = hasHead ? Optional.of(HeadFile.load(Path.of(spec.param("head", "")))) : Optional.empty();
        heads.ifPresent(h -> h.requireModel(spec.name(), spec.param("embedding-model", baseName(model))));
        Path tokenizer = Path.of(spec.param(
                "tokenizer",
                model.toAbsolutePath().resolveSibling("tokenizer.json").toString()));
        this.encoder = new OnnxEncoder(
                spec.name(),
                model,
                tokenizer,
                spec.intParam("max-length", 512),
                spec.intParam("threads", 1),
                spec.param("output", ""),
                hasLabels ? List.of("logits") : List.of("sentence_embedding", "last_hidden_state"),
                hasHead);
        probe();
    }

    /**
     * Runs the model once on a probe text so a head of the wrong dimension, a label count unlike the logits or an
     * output of an unusable shape fails at start, not on every sample.
     */
    private void probe() {
        try {
            float[] out = encoder.vector("dimension probe");
            heads.ifPresent(h -> {
                String problem = h.dimensionProblem(spec.name(), out.length);
                if (!problem.isEmpty()) {
                    throw new ConfigException(problem);
                }
            });
            labels.ifPresent(l -> l.classify(out));
        } catch (OrtException | ConfigException e) {
            encoder.close();
            throw e instanceof ConfigException c
                    ? c
                    : new ConfigException(
                            spec.name() + ": the model failed on a probe text: " + OnnxEncoder.firstLine(e));
        }
    }

    static String baseName(Path model) {
        String f = String.valueOf(model.getFileName());
        return f.endsWith(".onnx") ? f.substring(0, f.length() - 5) : f;
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        Classification c;
        Map<String, String> metadata;
        try {
            float[] out = encoder.vector(request.lastUserText());
            if (labels.isPresent()) {
                c = labels.get().classify(out);
                metadata = c.metadata();
            } else {
                HeadFile.Scored s = heads.orElseThrow().classify(out);
                c = s.classification();
                metadata = s.metadata();
            }
        } catch (OrtException e) {
            throw new NonRetriableTargetException(
                    spec.name() + ": the model failed: " + OnnxEncoder.firstLine(e), Scope.SAMPLE, e);
        } catch (ConfigException e) { // an output that changed shape for this text: the run's setup is wrong
            throw new NonRetriableTargetException(String.valueOf(e.getMessage()), Scope.RUN, e);
        }
        return new TargetResponse(
                Message.assistant(c.render()), Usage.ZERO, baseName(Path.of(spec.model())), "", "stop", metadata);
    }

    @Override
    public String describe() {
        return spec.render();
    }

    @Override
    public void close() {
        encoder.close();
    }
}
