package sg.assay.suite;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sg.assay.ConfigException;
import sg.assay.language.Agreement;
import sg.assay.language.ItemChecker;
import sg.assay.language.Language;
import sg.assay.language.LanguageIdentifier;
import sg.assay.language.LanguageItem;
import sg.assay.language.LanguageTag;
import sg.assay.language.Register;
import sg.assay.suite.ValidationReport.CategoryCount;

/**
 * Checks a suite and reports every problem with the ids it concerns, rather than stopping at the first: intent ids
 * and kinds, expected behaviour consistent with the kind, provenance present (review {@code none} or a named
 * reviewer), every intent in all nine languages exactly once with canonical tags and known registers, no duplicate
 * ids or texts, and the language checks of {@link ItemChecker} with the suite's reviewed exceptions. It also counts
 * harmful and benign intents per category. Stale exceptions (naming items the suite lacks) are problems too.
 */
public final class SuiteValidator {
    private static final Pattern INTENT_ID = Pattern.compile("^([a-z0-9]+(?:-[a-z0-9]+)*)-([hb])(\\d{2,3})$");
    private static final Set<String> VAGUE_REVIEW =
            Set.of("yes", "true", "done", "reviewed", "native", "ok", "checked");

    private final LanguageIdentifier identifier;
    private final Agreement agreement;
    private final Taxonomy taxonomy;

    public SuiteValidator(LanguageIdentifier identifier, Agreement agreement, Taxonomy taxonomy) {
        this.identifier = identifier;
        this.agreement = agreement;
        this.taxonomy = taxonomy;
    }

    public ValidationReport validate(Suite suite) {
        List<SuiteProblem> problems = new ArrayList<>();
        Map<String, CategoryCount> counts = new LinkedHashMap<>();
        Set<String> intentIds = new HashSet<>();
        Set<String> itemIds = new HashSet<>();
        Map<String, String> texts = new HashMap<>();
        ItemChecker checker = new ItemChecker(identifier, agreement, suite.exceptions());
        for (Intent intent : suite.intents()) {
            String id = intent.id().isBlank() ? "(no id in " + intent.source() + ")" : intent.id();
            if (!intentIds.add(id)) {
                problems.add(new SuiteProblem(id, "duplicate-id", "intent id used twice"));
            }
            checkIntent(intent, id, problems);
            checkItems(intent, id, problems, texts, checker);
            intent.items().forEach(i -> itemIds.add(intent.itemId(i)));
            counts.merge(intent.category(), new CategoryCount(0, 0).plus(intent.kind()), SuiteValidator::add);
        }
        for (var e : suite.exceptions().entries()) {
            if (!itemIds.contains(e.item())) {
                problems.add(new SuiteProblem(
                        e.item(), "exceptions", "language exception names an item not in " + suite.name()));
            }
        }
        return new ValidationReport(suite.name(), problems, counts);
    }

    private static CategoryCount add(CategoryCount a, CategoryCount b) {
        return new CategoryCount(a.harmful() + b.harmful(), a.benign() + b.benign());
    }

    private void checkIntent(Intent intent, String id, List<SuiteProblem> out) {
        if (!taxonomy.contains(intent.category())) {
            out.add(new SuiteProblem(id, "category", "category '" + intent.category() + "' is not in the taxonomy"));
        }
        boolean harmful = intent.kind().equals("harmful");
        if (!harmful && !intent.kind().equals("benign")) {
            out.add(new SuiteProblem(id, "kind", "kind '" + intent.kind() + "'; expected harmful or benign"));
        } else if (!intent.expected().equals(harmful ? "refuse" : "comply")) {
            out.add(new SuiteProblem(
                    id,
                    "expected",
                    "a " + intent.kind() + " intent expects " + (harmful ? "refuse" : "comply") + ", not '"
                            + intent.expected() + "'"));
        }
        Matcher m = INTENT_ID.matcher(intent.id());
        if (!m.matches()) {
            out.add(new SuiteProblem(id, "id", "intent id must look like <category>-h01 or <category>-b01"));
        } else {
            if (!m.group(2).equals(harmful ? "h" : "b")) {
                out.add(new SuiteProblem(
                        id, "id", "id letter '" + m.group(2) + "' does not match kind " + intent.kind()));
            }
            if (!m.group(1).equals(intent.category()) && !m.group(1).equals("smoke")) {
                out.add(new SuiteProblem(
                        id, "id", "id prefix '" + m.group(1) + "' differs from category " + intent.category()));
            }
        }
        required(id, "gloss", intent.gloss(), out);
        required(id, "safe_behaviour", intent.safeBehaviour(), out);
        required(id, "produced_by", intent.producedBy(), out);
        reviewProblem(intent.review()).ifPresent(msg -> out.add(new SuiteProblem(id, "review", msg)));
    }

    private static void required(String id, String field, String value, List<SuiteProblem> out) {
        if (value.isBlank()) {
            out.add(new SuiteProblem(id, field, field + " is missing"));
        }
    }

    /** Review is {@code none} or names a reviewer; a bare "yes" or "reviewed" claims a review without saying whose. */
    static Optional<String> reviewProblem(String review) {
        String r = review.strip();
        if (r.isEmpty()) {
            return Optional.of("review is missing; write none or the named reviewer");
        }
        if (r.equals("none")) {
            return Optional.empty();
        }
        if (VAGUE_REVIEW.contains(r.toLowerCase(Locale.ROOT))
                || r.codePoints().filter(Character::isLetter).count() < 2) {
            return Optional.of("review '" + r + "' names no reviewer; write none or the reviewer's name");
        }
        return Optional.empty();
    }

    private void checkItems(
            Intent intent, String id, List<SuiteProblem> out, Map<String, String> texts, ItemChecker checker) {
        Set<Language> seen = new HashSet<>();
        for (IntentItem item : intent.items()) {
            String itemId = intent.itemId(item);
            Optional<Language> lang = language(item.tag(), itemId, out);
            if (lang.isPresent() && !seen.add(lang.get())) {
                out.add(new SuiteProblem(
                        itemId, "languages", "language " + lang.get().tag() + " appears twice"));
            }
            if (item.text().isBlank()) {
                out.add(new SuiteProblem(itemId, "text", "text is missing"));
                continue;
            }
            String other = texts.putIfAbsent(normalise(item.text()), itemId);
            if (other != null) {
                out.add(new SuiteProblem(itemId, "duplicate-text", "same text as " + other));
            }
            Optional<Register> register = register(item, itemId, out);
            if (lang.isPresent() && register.isPresent()) {
                checker.check(new LanguageItem(itemId, lang.get(), register.get(), item.text()))
                        .forEach(p -> out.add(new SuiteProblem(p.itemId(), p.check(), p.message())));
            }
        }
        for (Language l : Language.all()) {
            if (!seen.contains(l)) {
                out.add(new SuiteProblem(id, "languages", "no " + l.tag() + " (" + l.displayName() + ") item"));
            }
        }
    }

    private static Optional<Language> language(String tag, String itemId, List<SuiteProblem> out) {
        if (!LanguageTag.isWellFormed(tag)) {
            out.add(new SuiteProblem(itemId, "languages", "tag '" + tag + "' is not well-formed BCP 47"));
            return Optional.empty();
        }
        Optional<Language> lang = Language.find(tag);
        if (lang.isEmpty()) {
            out.add(new SuiteProblem(itemId, "languages", "tag '" + tag + "' is not one of the nine suite languages"));
        } else if (!lang.get().tag().equals(tag)) {
            out.add(new SuiteProblem(
                    itemId,
                    "languages",
                    "tag '" + tag + "' should be written " + lang.get().tag()));
        }
        return lang;
    }

    private static Optional<Register> register(IntentItem item, String itemId, List<SuiteProblem> out) {
        try {
            return Optional.of(Register.parse(item.register()));
        } catch (ConfigException e) {
            out.add(new SuiteProblem(itemId, "register", String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    /** Texts compare equal after NFC, case folding and whitespace collapsing. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
