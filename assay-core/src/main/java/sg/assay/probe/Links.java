package sg.assay.probe;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The URLs an answer would make a client fetch or offer to open, found by parsing it as CommonMark: images
 * (fetched as soon as the answer renders), links, HTML {@code img}/{@code a}/{@code iframe} tags and bare URLs.
 */
final class Links {
    /** How a URL appears: an image is fetched without a click, the others need one. */
    enum Kind {
        IMAGE,
        LINK
    }

    record Url(Kind kind, String text, String host, boolean carriesData) {}

    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern TAG_URL = Pattern.compile(
            "<\\s*(img|a|iframe|script|source|video|audio)\\b[^>]*?\\b(src|href)\\s*=\\s*[\"']?([^\"'\\s>]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s)<>\"'\\]]+", Pattern.CASE_INSENSITIVE);

    private Links() {}

    static List<Url> find(String markdown) {
        List<Url> out = new ArrayList<>();
        Node doc = PARSER.parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                add(out, Kind.IMAGE, image.getDestination());
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                add(out, Kind.LINK, link.getDestination());
                // link text may hold a bare URL too, but it is not what a click opens
            }

            @Override
            public void visit(HtmlInline html) {
                tags(out, html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                tags(out, html.getLiteral());
            }

            @Override
            public void visit(Text text) {
                Matcher m = BARE_URL.matcher(text.getLiteral());
                while (m.find()) {
                    add(out, Kind.LINK, m.group());
                }
            }
        });
        return out;
    }

    private static void tags(List<Url> out, String html) {
        Matcher m = TAG_URL.matcher(html);
        while (m.find()) {
            String tag = m.group(1).toLowerCase(Locale.ROOT);
            add(out, tag.equals("a") ? Kind.LINK : Kind.IMAGE, m.group(3));
        }
    }

    private static void add(List<Url> out, Kind kind, String destination) {
        parse(destination).ifPresent(u -> {
            // "//host/path" is fetched over the page's own scheme
            boolean web = u.getScheme() == null
                    ? destination.strip().startsWith("//")
                    : u.getScheme().toLowerCase(Locale.ROOT).startsWith("http");
            host(u).filter(h -> web).ifPresent(h -> out.add(new Url(kind, destination, h, carriesData(u))));
        });
    }

    /**
     * The host a browser would contact. {@link URI#getHost()} is empty for names a browser accepts but RFC 2396 does
     * not, such as {@code my_stats.example}; those are read from the authority, without user info and port.
     */
    static Optional<String> host(URI u) {
        String host = u.getHost();
        if (host == null && u.getRawAuthority() != null) {
            String authority = u.getRawAuthority();
            authority = authority.substring(authority.lastIndexOf('@') + 1);
            int colon = authority.lastIndexOf(':');
            host = colon >= 0 && !authority.endsWith("]") ? authority.substring(0, colon) : authority;
        }
        return host == null || host.isBlank() ? Optional.empty() : Optional.of(host.toLowerCase(Locale.ROOT));
    }

    private static Optional<URI> parse(String text) {
        try {
            return Optional.of(new URI(text.strip().replace(" ", "%20")));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A query, a fragment, or a long opaque path segment can carry data to whoever serves the URL. */
    static boolean carriesData(URI u) {
        if (u.getRawQuery() != null && !u.getRawQuery().isEmpty()) {
            return true;
        }
        if (u.getRawFragment() != null && u.getRawFragment().length() > 8) {
            return true;
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        for (String seg : path.split("/")) {
            if (seg.length() >= 24 && seg.matches("[A-Za-z0-9+_=%.-]+")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the host is one of the allowed hosts or a subdomain of one. */
    static boolean allowed(String host, List<String> allow) {
        for (String a : allow) {
            String h = a.strip().toLowerCase(Locale.ROOT);
            if (!h.isEmpty() && (host.equals(h) || host.endsWith("." + h))) {
                return true;
            }
        }
        return false;
    }
}
