package sg.assay.run;

import java.util.List;
import java.util.Map;
import sg.assay.message.Message;
import sg.assay.score.Score;
import sg.assay.target.Usage;

/**
 * The durable record of one sample and epoch in a run: the full transcript, the scores and the outcome.
 *
 * @param transcript every message exchanged, including the input
 * @param input the prompt text (the last user message of the input)
 * @param output the final answer text, empty when the sample failed or was blocked
 */
public record SampleResult(
        String runId,
        String sampleId,
        int epoch,
        String language,
        String category,
        String group,
        String input,
        String output,
        List<Message> transcript,
        List<Score> scores,
        SampleOutcome outcome,
        Usage usage,
        Timings timings,
        Map<String, String> metadata) {
    public SampleResult {
        transcript = List.copyOf(transcript);
        scores = List.copyOf(scores);
        metadata = Map.copyOf(metadata);
    }

    public SampleKey key() {
        return new SampleKey(sampleId, epoch);
    }
}
