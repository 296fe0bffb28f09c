package sg.assay.run;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** How a sample ended. Blocked-by-provider is a platform refusal, reported apart from model refusals. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "status")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SampleOutcome.Completed.class, name = "completed"),
    @JsonSubTypes.Type(value = SampleOutcome.Failed.class, name = "failed"),
    @JsonSubTypes.Type(value = SampleOutcome.Blocked.class, name = "blocked")
})
public sealed interface SampleOutcome {

    /** The lowercase status word used in stores, exports and reports. */
    String status();

    /** The target answered and the scorers ran. */
    record Completed() implements SampleOutcome {
        @Override
        public String status() {
            return "completed";
        }
    }

    /** The sample could not be completed; {@code error} is a one-line description, {@code type} its class. */
    record Failed(String type, String error) implements SampleOutcome {
        @Override
        public String status() {
            return "failed";
        }
    }

    /** The provider's platform blocked the request or response; {@code details} is its JSON description. */
    record Blocked(String reason, String details) implements SampleOutcome {
        @Override
        public String status() {
            return "blocked";
        }
    }
}
