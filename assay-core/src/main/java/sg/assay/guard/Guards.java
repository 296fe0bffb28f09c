package sg.assay.guard;

import java.util.List;
import sg.assay.Component;
import sg.assay.Param;
import sg.assay.target.Target;

/** The embedded guard's targets, for registration in the composition root: local/guard and mock/guarded. */
public final class Guards {
    private static final Param MODEL =
            Param.optional("model", "a guard model file from assay guard train", "(the bundled model)");
    private static final Param THRESHOLD =
            Param.optional("threshold", "flag when the score is at least this", "(the model's, from validation)");

    private Guards() {}

    public static List<Component<Target>> components() {
        return List.of(
                Component.of(
                        "local/guard",
                        "classifier: the embedded multilingual guard (offline, in-process); answers flagged or"
                                + " allowed with the probability of a harmful request",
                        List.of(MODEL, THRESHOLD),
                        LocalGuard::new),
                Component.of(
                        "mock/guarded",
                        "reference assistant: refuses in the prompt's language what local/guard flags, otherwise"
                                + " gives a neutral placeholder answer; measures the embedded guard as a gate",
                        List.of(MODEL, THRESHOLD),
                        GuardedAssistant::of));
    }
}
