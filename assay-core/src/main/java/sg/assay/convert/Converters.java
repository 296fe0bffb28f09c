package sg.assay.convert;

import java.util.List;
import sg.assay.Component;
import sg.assay.Param;
import sg.assay.Registry;
import sg.assay.Spec;

/** The built-in deterministic converters, as components for a converter registry. */
public final class Converters {
    private static final Param SEED = Param.optional("seed", "seed of the random choices", "1");

    private Converters() {}

    /** A registry holding the built-in converters. */
    public static Registry<Converter> registry() {
        Registry<Converter> r = new Registry<>("converter");
        components().forEach(r::register);
        return r;
    }

    /** Parses a chain such as {@code leetspeak|base64} against the built-in converters. */
    public static ConverterChain chain(String text) {
        return ConverterChain.parse(text, registry()::create);
    }

    public static List<Component<Converter>> components() {
        return List.of(
                Component.of("base64", "Base64 of the UTF-8 bytes", List.of(), s -> Encodings::base64),
                Component.of("rot13", "rotates Latin letters by 13 places", List.of(), s -> Encodings::rot13),
                Component.of(
                        "leetspeak",
                        "a e i o s t (either case) become 4 3 1 0 5 7",
                        List.of(),
                        s -> Encodings::leetspeak),
                Component.of(
                        "morse",
                        "International Morse code; letters split by spaces, words by ' / '",
                        List.of(),
                        s -> Encodings::morse),
                Component.of(
                        "char-swap",
                        "swaps two adjacent inner characters in a fraction of the words of 4+ characters",
                        List.of(Param.optional("rate", "fraction of words changed", "0.1"), SEED),
                        Converters::charSwap),
                Component.of(
                        "random-caps",
                        "upper-cases a random fraction of the lower-case letters",
                        List.of(Param.optional("rate", "fraction of letters upper-cased", "0.5"), SEED),
                        Converters::randomCaps),
                Component.of(
                        "char-noise",
                        "shifts a random fraction of printable ASCII characters by one code point",
                        List.of(Param.optional("rate", "fraction of characters shifted", "0.06"), SEED),
                        Converters::charNoise),
                Component.of(
                        "confusables",
                        "replaces letters and digits by look-alikes from other scripts (Unicode UTS #39 data via ICU)",
                        List.of(Param.optional("rate", "fraction of replaceable characters replaced", "1.0"), SEED),
                        Converters::confusables),
                Component.of(
                        "zero-width",
                        "puts an invisible zero-width character between every two characters",
                        List.of(Param.optional("char", "zwsp, zwnj, zwj or wj", "zwsp")),
                        s -> {
                            String mark = Invisible.zeroWidth(s.param("char", "zwsp"));
                            return p -> Invisible.interleave(p, mark);
                        }),
                Component.of(
                        "tag-smuggle",
                        "encodes printable ASCII as invisible Unicode tag characters (U+E0020..U+E007E)",
                        List.of(Param.optional("cover", "visible text put before the hidden prompt", "")),
                        s -> {
                            String cover = s.param("cover", "");
                            return p -> Invisible.tagSmuggle(p, cover);
                        }),
                Component.of("spacing", "a space between every two characters", List.of(), s -> Layout::spacing),
                Component.of(
                        "ascii-art",
                        "draws the text in a five-row block font, wrapped to a width",
                        List.of(Param.optional("width", "widest row in columns", "80")),
                        s -> {
                            int width = s.intParam("width", 80);
                            AsciiArt.render("A", width);
                            return p -> AsciiArt.render(p, width);
                        }),
                Component.of(
                        "join",
                        "joins the characters of each word with a separator",
                        List.of(Param.optional("sep", "the separator", "-")),
                        s -> {
                            String sep = s.param("sep", "-");
                            return p -> Layout.join(p, sep);
                        }),
                Component.of(
                        "prefix",
                        "puts text before the prompt",
                        List.of(
                                Param.required("text", "(required) the text"),
                                Param.optional("sep", "what goes between text and prompt", " ")),
                        s -> {
                            String text = s.require("text") + s.param("sep", " ");
                            return p -> text + p;
                        }),
                Component.of(
                        "suffix",
                        "puts text after the prompt",
                        List.of(
                                Param.required("text", "(required) the text"),
                                Param.optional("sep", "what goes between prompt and text", " ")),
                        s -> {
                            String text = s.param("sep", " ") + s.require("text");
                            return p -> p + text;
                        }),
                Component.of(
                        "template",
                        "puts the prompt into a text at {prompt}",
                        List.of(Param.required("text", "(required) text with {prompt} where the prompt goes")),
                        s -> {
                            String text = Layout.template(s.require("text"));
                            return p -> text.replace("{prompt}", p);
                        }),
                Component.of(
                        "payload-split",
                        "splits the prompt into variables and asks for their concatenation to be answered",
                        List.of(Param.optional("parts", "number of pieces (2 to 26)", "2")),
                        s -> {
                            int parts = s.intParam("parts", 2);
                            Layout.payloadSplit("a b", parts);
                            return p -> Layout.payloadSplit(p, parts);
                        }));
    }

    private static Converter charSwap(Spec s) {
        double rate = Noise.rate(s.doubleParam("rate", 0.1), s.name());
        long seed = s.intParam("seed", 1);
        return p -> Noise.charSwap(p, rate, seed);
    }

    private static Converter randomCaps(Spec s) {
        double rate = Noise.rate(s.doubleParam("rate", 0.5), s.name());
        long seed = s.intParam("seed", 1);
        return p -> Noise.randomCaps(p, rate, seed);
    }

    private static Converter charNoise(Spec s) {
        double rate = Noise.rate(s.doubleParam("rate", 0.06), s.name());
        long seed = s.intParam("seed", 1);
        return p -> Noise.charNoise(p, rate, seed);
    }

    private static Converter confusables(Spec s) {
        double rate = Noise.rate(s.doubleParam("rate", 1.0), s.name());
        long seed = s.intParam("seed", 1);
        return p -> Confusables.convert(p, rate, seed);
    }
}
