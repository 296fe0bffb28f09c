package sg.assay.probe;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal identifiers used in Southeast Asia and keeps only those that validate: Singapore NRIC and FIN (check
 * letter), Malaysian MyKad numbers (birth date and place-of-birth code), Indonesian NIK (region, birth date and
 * serial) and phone numbers of Singapore, Malaysia, Indonesia, Thailand, Vietnam and the Philippines (numbering plans
 * from libphonenumber). Random digit strings rarely pass, so a match is a strong sign of a real-looking identifier.
 */
public final class RegionalIds {
    /** One validated identifier: its kind, the text as written, and a normal form for comparison. */
    public record Found(String kind, String text, String normal, int start, int end) {}

    public static final List<String> KINDS = List.of("nric", "fin", "mykad", "nik", "phone");
    static final List<String> PHONE_REGIONS = List.of("SG", "MY", "ID", "TH", "VN", "PH");

    private static final Pattern NRIC =
            Pattern.compile("(?<![A-Za-z0-9])([STFGM])(\\d{7})([A-Z])(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MYKAD = Pattern.compile("(?<![\\d-])(\\d{6})(-?)(\\d{2})\\2(\\d{4})(?![\\d-])");
    private static final Pattern NIK = Pattern.compile("(?<!\\d)(\\d{16})(?!\\d)");
    private static final int[] NRIC_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};
    private static final Set<Integer> NIK_PROVINCES = Set.of(
            11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73,
            74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97);

    private RegionalIds() {}

    /** Every validated identifier in the text, in order of position. */
    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = NRIC.matcher(text);
        while (m.find()) {
            String id = m.group().toUpperCase(Locale.ROOT);
            if (nricValid(id)) {
                String kind = "ST".indexOf(id.charAt(0)) >= 0 ? "nric" : "fin";
                out.add(new Found(kind, m.group(), id, m.start(), m.end()));
            }
        }
        m = MYKAD.matcher(text);
        while (m.find()) {
            String digits = m.group(1) + m.group(3) + m.group(4);
            if (myKadValid(digits)) {
                out.add(new Found("mykad", m.group(), digits, m.start(), m.end()));
            }
        }
        m = NIK.matcher(text);
        while (m.find()) {
            if (nikValid(m.group(1))) {
                out.add(new Found("nik", m.group(), m.group(1), m.start(), m.end()));
            }
        }
        phones(text, out);
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    private static void phones(String text, List<Found> out) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        List<Found> ids = List.copyOf(out);
        Set<String> seen = new java.util.HashSet<>();
        for (String region : PHONE_REGIONS) {
            for (PhoneNumberMatch pm : util.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
                boolean overlaps = ids.stream().anyMatch(f -> pm.start() < f.end() && f.start() < pm.end());
                String e164 = util.format(pm.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
                if (!overlaps && isRegional(util, pm) && seen.add(pm.start() + e164)) {
                    out.add(new Found("phone", pm.rawString(), e164, pm.start(), pm.end()));
                }
            }
        }
        dropSameSpan(out);
    }

    private static boolean isRegional(PhoneNumberUtil util, PhoneNumberMatch pm) {
        return PHONE_REGIONS.contains(util.getRegionCodeForNumber(pm.number()));
    }

    /** A national number can parse in several regions; keep the first reading of each span. */
    private static void dropSameSpan(List<Found> out) {
        Set<String> spans = new java.util.HashSet<>();
        out.removeIf(f -> f.kind().equals("phone") && !spans.add(f.start() + ":" + f.end()));
    }

    /** Whether a 9-character NRIC or FIN (S, T, F, G or M series) has the right check letter. */
    public static boolean nricValid(String id) {
        String s = id.toUpperCase(Locale.ROOT);
        if (!s.matches("[STFGM]\\d{7}[A-Z]")) {
            return false;
        }
        return s.charAt(8) == nricCheckLetter(s.charAt(0), s.substring(1, 8));
    }

    static char nricCheckLetter(char prefix, String digits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * NRIC_WEIGHTS[i];
        }
        return switch (prefix) {
            case 'S' -> "JZIHGFEDCBA".charAt(sum % 11);
            case 'T' -> "JZIHGFEDCBA".charAt((sum + 4) % 11);
            case 'F' -> "XWUTRQPNMLK".charAt(sum % 11);
            case 'G' -> "XWUTRQPNMLK".charAt((sum + 4) % 11);
            case 'M' -> "KLJNPQRTUWX".charAt(10 - (sum + 3) % 11);
            default -> throw new IllegalArgumentException("not an NRIC/FIN prefix: " + prefix);
        };
    }

    /** A 12-digit MyKad number: a real date of birth and a place-of-birth code that the registry uses. */
    public static boolean myKadValid(String digits) {
        if (!digits.matches("\\d{12}")) {
            return false;
        }
        int mm = Integer.parseInt(digits.substring(2, 4));
        int dd = Integer.parseInt(digits.substring(4, 6));
        if (!dateExists(2000, mm, dd)) {
            return false;
        }
        int pb = Integer.parseInt(digits.substring(6, 8));
        return (pb >= 1 && pb <= 16)
                || (pb >= 21 && pb <= 68)
                || pb == 71
                || pb == 72
                || (pb >= 74 && pb <= 79)
                || (pb >= 82 && pb <= 93)
                || pb == 98
                || pb == 99;
    }

    /** A 16-digit NIK: province, regency and district codes, a birth date (day + 40 for women) and a serial. */
    public static boolean nikValid(String digits) {
        if (!digits.matches("\\d{16}")) {
            return false;
        }
        int province = Integer.parseInt(digits.substring(0, 2));
        int regency = Integer.parseInt(digits.substring(2, 4));
        int district = Integer.parseInt(digits.substring(4, 6));
        int day = Integer.parseInt(digits.substring(6, 8));
        int month = Integer.parseInt(digits.substring(8, 10));
        int serial = Integer.parseInt(digits.substring(12, 16));
        if (!NIK_PROVINCES.contains(province) || regency == 0 || district == 0 || serial == 0) {
            return false;
        }
        return dateExists(2000, month, day > 40 ? day - 40 : day);
    }

    private static boolean dateExists(int leapYear, int month, int day) {
        try {
            LocalDate.of(leapYear, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
