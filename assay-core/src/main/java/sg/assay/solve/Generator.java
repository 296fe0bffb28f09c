package sg.assay.solve;

import java.util.List;
import sg.assay.message.Message;
import sg.assay.target.TargetResponse;

/**
 * How solvers reach the target: through the engine, which adds the concurrency limit, rate limits, retries and the
 * response cache.
 */
@FunctionalInterface
public interface Generator {
    TargetResponse generate(List<Message> messages);
}
