package sg.assay.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import sg.assay.AssayException;

/**
 * Checks that an item is written the way its tag says: the right script (Thai script for {@code th}, Tamil for
 * {@code ta}, Han for {@code zh-Hans}, with no Traditional-only characters), Vietnamese with diacritics, and language
 * identification agreeing with the tag under per-language thresholds. Singlish passes as English; code-mixed items
 * pass when their own language and English together are likely enough; a Malay item identified as Indonesian is
 * flagged, and so is a Malay item using Indonesian-only words. An identifier that returns nothing (see
 * {@link LanguageIdentifier#none()}) skips the identification check. Problems on the allow-list are dropped. The rules are described in docs/languages.md.
 */
public final class ItemChecker {
    private static final Set<Integer> TRADITIONAL = words("traditional-only.txt").stream()
            .flatMap(l -> l.codePoints().boxed())
            .collect(Collectors.toSet());
    private static final Set<String> INDONESIAN = Set.copyOf(words("indonesian-markers.txt"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final LanguageIdentifier identifier;
    private final Agreement agreement;
    private final AllowList allowList;

    public ItemChecker(LanguageIdentifier identifier, Agreement agreement, AllowList allowList) {
        this.identifier = identifier;
        this.agreement = agreement;
        this.allowList = allowList;
    }

    public List<LanguageProblem> check(LanguageItem item) {
        List<LanguageProblem> out = new ArrayList<>();
        TextShape shape = TextShape.of(item.text());
        boolean mixed = item.register() == Register.CODE_MIXED;
        Script script = item.language().script();
        double share = shape.share(script);
        double least = mixed ? agreement.codeMixedScript() : agreement.script();
        if (share < least) {
            out.add(problem(
                    item,
                    "script",
                    "expected " + name(script) + " script, found " + pct(share) + " of letters in it (least "
                            + pct(least) + ")"));
        }
        if (item.language() == Language.ZH_HANS) {
            String trad = item.text()
                    .codePoints()
                    .filter(TRADITIONAL::contains)
                    .distinct()
                    .mapToObj(Character::toString)
                    .collect(Collectors.joining());
            if (!trad.isEmpty()) {
                out.add(problem(item, "simplified", "traditional characters in a zh-Hans item: " + trad));
            }
        }
        if (item.language() == Language.VI) {
            double want = mixed ? agreement.codeMixedDiacritics() : agreement.diacritics();
            if (shape.diacriticShare() < want) {
                out.add(problem(
                        item,
                        "diacritics",
                        "vietnamese without diacritics: " + pct(shape.diacriticShare()) + " of words marked (least "
                                + pct(want) + ")"));
            }
        }
        if (item.language() == Language.MS) {
            indonesianWords(item.text())
                    .ifPresent(w -> out.add(problem(item, "vocabulary", "indonesian words in a malay item: " + w)));
        }
        if (script == Script.LATIN && shape.latinWords() >= agreement.minWords()) {
            identification(item, identifier.identify(item.text())).ifPresent(out::add);
        }
        return out.stream()
                .filter(p -> !allowList.allows(p.itemId(), p.check()))
                .toList();
    }

    private static Optional<String> indonesianWords(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            if (INDONESIAN.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", found));
    }

    private Optional<LanguageProblem> identification(LanguageItem item, Identification id) {
        if (id.confidences().isEmpty()) {
            return Optional.empty();
        }
        Language lang = item.language();
        String own = lang.identifiedAs();
        String top = id.top().orElse("");
        double mine = id.confidence(own);
        if (lang == Language.MS && top.equals("id") && mine < 1 - agreement.indonesianMargin()) {
            return Optional.of(
                    problem(item, "identification", "malay item identified as indonesian (" + id.summary() + ")"));
        }
        boolean ok;
        String rule;
        if (lang == Language.EN_SG) {
            ok = top.equals("en") || mine >= agreement.singlish();
            rule = "singlish needs en on top or at least " + agreement.singlish();
        } else if (item.register() == Register.CODE_MIXED) {
            ok = mine >= agreement.codeMixed() || (top.equals("en") && mine >= agreement.codeMixedBehindEnglish());
            rule = "code-mixed needs " + own + " at least " + agreement.codeMixed() + ", or "
                    + agreement.codeMixedBehindEnglish() + " behind en";
        } else {
            ok = mine >= agreement.identification(lang);
            rule = own + " needs at least " + agreement.identification(lang);
        }
        return ok
                ? Optional.empty()
                : Optional.of(problem(item, "identification", "identified as " + id.summary() + "; " + rule));
    }

    private static LanguageProblem problem(LanguageItem item, String check, String message) {
        return new LanguageProblem(item.id(), check, message);
    }

    private static String name(Script s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static String pct(double v) {
        return Math.round(v * 100) + "%";
    }

    /** The non-comment lines of a resource next to this class. */
    private static List<String> words(String resource) {
        try (InputStream in = ItemChecker.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssayException("resource sg/assay/language/" + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new AssayException("cannot read " + resource, e);
        }
    }
}
