package sg.assay.target.guard;

import java.util.Locale;
import sg.assay.ConfigException;
import sg.assay.Spec;

/**
 * How a guard target talks to its server: {@code chat} ({@code POST /chat/completions}, the server applies the
 * model's chat template) or {@code completions} ({@code POST /completions} with the raw prompt Assay builds).
 */
enum Mode {
    CHAT,
    COMPLETIONS;

    static Mode of(Spec spec) {
        String v = spec.param("mode", "chat").strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "chat" -> CHAT;
            case "completions" -> COMPLETIONS;
            default ->
                throw new ConfigException(spec.name() + " mode '" + v + "' is not known; expected chat or completions");
        };
    }

    String path() {
        return this == CHAT ? "chat/completions" : "completions";
    }
}
