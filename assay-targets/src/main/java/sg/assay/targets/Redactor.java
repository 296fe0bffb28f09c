package sg.assay.targets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it reaches a message, a log or a record: the known secret values themselves,
 * user info in URLs, and URL query parameters whose names look like credentials.
 */
public final class Redactor {
    public static final String MASK = "***";
    private static final Pattern USERINFO = Pattern.compile("(?<=://)[^/@\\s]+@");
    private static final Pattern QUERY = Pattern.compile("([?&])([^=&#\\s]+)=([^&#\\s]*)");
    private static final Set<String> SECRET_PARAMS = Set.of(
            "key",
            "api-key",
            "api_key",
            "apikey",
            "token",
            "access_token",
            "auth",
            "sig",
            "signature",
            "secret",
            "client_secret",
            "password",
            "code");
    private final List<String> secrets;

    private Redactor(List<String> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    /** A redactor for URLs only. */
    public static Redactor none() {
        return new Redactor(List.of());
    }

    /** A redactor that also removes these secret values (values shorter than 4 characters are ignored). */
    public static Redactor of(Collection<String> secrets) {
        List<String> s = new ArrayList<>();
        for (String v : secrets) {
            if (v.length() >= 4) {
                s.add(v);
            }
        }
        return new Redactor(s);
    }

    public Redactor with(String secret) {
        List<String> s = new ArrayList<>(secrets);
        s.add(secret);
        return of(s);
    }

    public String redact(String text) {
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, MASK);
        }
        return url(out);
    }

    /** Masks user info and credential-like query parameters in every URL of the text. */
    public static String url(String text) {
        String out = USERINFO.matcher(text).replaceAll(MASK + "@");
        Matcher m = QUERY.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            boolean secret = SECRET_PARAMS.contains(m.group(2).toLowerCase(Locale.ROOT));
            String replacement = m.group(1) + m.group(2) + "=" + (secret ? MASK : m.group(3));
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
