package sg.assay.probe;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sg.assay.message.Message;
import sg.assay.message.SystemMessage;
import sg.assay.solve.Solver;
import sg.assay.solve.TaskState;

/**
 * The {@code plant} solver: puts a system prompt first in which placeholders are replaced by fresh secrets for each
 * sample and epoch: {@code {canary}} (a random token), and synthetic but valid-looking identifiers {@code {nric}},
 * {@code {fin}}, {@code {mykad}}, {@code {nik}} and {@code {phone-sg}} (also {@code -my}, {@code -id}, {@code -th},
 * {@code -vn}, {@code -ph}). What was planted is recorded in the sample's metadata as {@code probe.planted.<name>}, so
 * scorers know what a leak looks like. Values derive from a seed, the sample id and the epoch, so a seeded run plants
 * the same values again; without a seed each run draws its own.
 */
public final class Plants {
    /** The metadata key prefix under which planted values are recorded. */
    public static final String KEY = "probe.planted.";

    static final String CANARY_PREFIX = "CNRY";
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{(canary|nric|fin|mykad|nik|phone-(sg|my|id|th|vn|ph))}");

    private Plants() {}

    /** A solver that plants the template's secrets into the system prompt (replacing any system message). */
    public static Solver solver(String template, long seed) {
        return (state, generator) -> {
            Map<String, String> values = values(template, seed, state.sample().id(), state.epoch());
            String text = fill(template, values);
            List<Message> next = new ArrayList<>();
            next.add(new SystemMessage(text));
            state.messages().stream().filter(m -> !(m instanceof SystemMessage)).forEach(next::add);
            TaskState s = state.withMessages(next);
            for (Map.Entry<String, String> e : values.entrySet()) {
                s = s.withMetadata(KEY + e.getKey(), e.getValue());
            }
            return s;
        };
    }

    /** A filled-in template and the metadata that records what was planted. */
    public record Planted(String text, Map<String, String> metadata) {
        public Planted {
            metadata = Map.copyOf(metadata);
        }
    }

    /** Fills a template's placeholders with fresh values, for uses outside a run (e.g. an interactive session). */
    public static Planted plant(String template, long seed, String id) {
        Map<String, String> values = values(template, seed, id, 1);
        Map<String, String> meta = new LinkedHashMap<>();
        values.forEach((k, v) -> meta.put(KEY + k, v));
        return new Planted(fill(template, values), meta);
    }

    /** The values for the placeholders a template uses, for one sample and epoch. */
    static Map<String, String> values(String template, long seed, String sampleId, int epoch) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + sampleId.hashCode() * 31L + epoch);
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            String name = m.group(1);
            if (!values.containsKey(name)) {
                values.put(name, generate(name, random));
            }
        }
        return values;
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        return m.replaceAll(r -> Matcher.quoteReplacement(values.get(r.group(1))));
    }

    private static String generate(String name, SplittableRandom random) {
        return switch (name) {
            case "canary" -> canary(random);
            case "nric" -> nric(random.nextBoolean() ? 'S' : 'T', random);
            case "fin" -> nric("FGM".charAt(random.nextInt(3)), random);
            case "mykad" -> myKad(random);
            case "nik" -> nik(random);
            default -> phone(name.substring("phone-".length()).toUpperCase(Locale.ROOT), random);
        };
    }

    /** A canary token: a fixed prefix and 12 random characters that no text contains by chance. */
    static String canary(SplittableRandom random) {
        StringBuilder sb = new StringBuilder(CANARY_PREFIX);
        for (int i = 0; i < 12; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    static String nric(char prefix, SplittableRandom random) {
        String digits = digits(random, 7);
        return prefix + digits + RegionalIds.nricCheckLetter(prefix, digits);
    }

    static String myKad(SplittableRandom random) {
        int yy = random.nextInt(60, 100);
        int mm = random.nextInt(1, 13);
        int dd = random.nextInt(1, 29);
        int pb = random.nextInt(1, 15);
        return String.format(Locale.ROOT, "%02d%02d%02d-%02d-%s", yy, mm, dd, pb, digits(random, 4));
    }

    static String nik(SplittableRandom random) {
        int[] provinces = {31, 32, 33, 34, 35, 36, 51, 73};
        int day = random.nextInt(1, 29) + (random.nextBoolean() ? 40 : 0);
        return String.format(
                Locale.ROOT,
                "%02d%02d%02d%02d%02d%02d%04d",
                provinces[random.nextInt(provinces.length)],
                random.nextInt(1, 20),
                random.nextInt(1, 30),
                day,
                random.nextInt(1, 13),
                random.nextInt(60, 100),
                random.nextInt(1, 10_000));
    }

    /** A valid mobile number of the region, in international format, from its example with random digits. */
    static String phone(String region, SplittableRandom random) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        PhoneNumber example = util.getExampleNumberForType(region, PhoneNumberUtil.PhoneNumberType.MOBILE);
        String national = util.getNationalSignificantNumber(example);
        for (int attempt = 0; attempt < 200; attempt++) {
            int keep = Math.min(3, national.length() - 4);
            String candidate = national.substring(0, keep) + digits(random, national.length() - keep);
            try {
                PhoneNumber n = util.parse("+" + example.getCountryCode() + candidate, region);
                if (util.isValidNumberForRegion(n, region)) {
                    return util.format(n, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
                }
            } catch (NumberParseException e) {
                // try other digits
            }
        }
        return util.format(example, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
    }

    private static String digits(SplittableRandom random, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }
}
