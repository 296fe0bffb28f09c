package sg.assay.target.guard;

import java.util.List;
import sg.assay.classify.HarmCategory;

/**
 * One Llama Guard category: its code ({@code S1}), its name in the prompt, an optional description written under
 * the name, and the common categories it stands for (none when the common label set has no match; such a category
 * is kept in the metadata under its code).
 */
record LlamaCategory(String code, String name, String description, List<HarmCategory> labels) {
    LlamaCategory {
        labels = List.copyOf(labels);
    }

    static LlamaCategory of(String code, String name, HarmCategory... labels) {
        return new LlamaCategory(code, name, "", List.of(labels));
    }

    /** The category as the prompt lists it: {@code S1: Violent Crimes.} and the description lines, if any. */
    String promptLines() {
        return code + ": " + name + "." + (description.isBlank() ? "" : "\n" + description.strip());
    }
}
