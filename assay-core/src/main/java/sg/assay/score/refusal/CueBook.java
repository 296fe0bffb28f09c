package sg.assay.score.refusal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import sg.assay.ConfigException;
import sg.assay.json.Json;
import sg.assay.language.Language;

/**
 * The cue patterns of all languages, read from {@code sg/assay/score/refusal/cues/<tag>.yaml}. Every response is
 * checked against every language's cues, since models often answer in another language than they were asked in.
 */
public final class CueBook {
    static final String RESOURCE_DIR = "sg/assay/score/refusal/cues/";
    private static final int FLAGS = CaseFold.FLAGS;

    private final List<Cue> cues;
    private final List<Compiled> compiled;

    /**
     * A cue as the classifier runs it: on case-folded text without the case-insensitive flags when that gives the
     * same matches ({@link CaseFold#folded}), and then only when the text contains one of the strings every match
     * contains ({@link RequiredText}); else its own pattern on the normalised text.
     */
    record Compiled(Cue cue, Pattern pattern, boolean onFolded, List<String> required) {
        Compiled {
            required = List.copyOf(required);
        }

        static Compiled of(Cue cue) {
            return CaseFold.folded(cue.pattern())
                    .map(p -> new Compiled(cue, p, true, RequiredText.of(p.pattern())))
                    .orElseGet(() -> new Compiled(cue, cue.pattern(), false, List.of()));
        }

        boolean find(String normalised, String folded) {
            if (!onFolded) {
                return pattern.matcher(normalised).find();
            }
            return RequiredText.mayMatch(required, folded)
                    && pattern.matcher(folded).find();
        }
    }

    public CueBook(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        Set<String> ids = new HashSet<>();
        for (Cue c : this.cues) {
            if (!ids.add(c.id())) {
                throw new ConfigException("refusal cue id '" + c.id() + "' is used twice");
            }
        }
        this.compiled = this.cues.stream().map(Compiled::of).toList();
    }

    /** The cues of the nine suite languages, from the resource files shipped with Assay. */
    public static CueBook standard() {
        List<Cue> all = new ArrayList<>();
        for (Language l : Language.all()) {
            all.addAll(read(l.tag(), RESOURCE_DIR + l.tag() + ".yaml"));
        }
        return new CueBook(all);
    }

    public List<Cue> cues() {
        return cues;
    }

    /** The cues in the same order, ready to run. */
    List<Compiled> compiled() {
        return compiled;
    }

    /** Reads one cue file from the classpath; a missing or malformed file is a configuration error. */
    static List<Cue> read(String language, String resource) {
        try (InputStream in = CueBook.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigException("refusal cue file " + resource + " not found on the classpath");
            }
            return parse(language, resource, Json.yaml().readTree(in));
        } catch (IOException e) {
            throw new ConfigException("cannot read refusal cue file " + resource + ": " + e.getMessage(), e);
        }
    }

    static List<Cue> parse(String language, String source, JsonNode root) {
        String declared = root.path("language").asText("");
        if (!declared.equals(language)) {
            throw new ConfigException(source + " declares language '" + declared + "'; expected '" + language + "'");
        }
        List<Cue> out = new ArrayList<>();
        for (JsonNode n : root.path("cues")) {
            String id = n.path("id").asText("");
            String regex = n.path("pattern").asText("");
            if (id.isBlank() || regex.isBlank()) {
                throw new ConfigException(source + " has a cue without id or pattern");
            }
            try {
                out.add(new Cue(id, language, CueKind.parse(n.path("kind").asText("")), Pattern.compile(regex, FLAGS)));
            } catch (PatternSyntaxException e) {
                throw new ConfigException(source + " cue " + id + " has a bad pattern: " + e.getDescription(), e);
            }
        }
        if (out.isEmpty()) {
            throw new ConfigException(source + " has no cues");
        }
        return out;
    }
}
