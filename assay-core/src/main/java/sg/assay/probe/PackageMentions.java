package sg.assay.probe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packages an answer tells the user to install, read from install commands (pip, npm, cargo, go, gem, ...) that
 * start a line or an inline code span; prose such as "give me the npm install command" is not a command.
 */
final class PackageMentions {
    /** A package named in an install command, with the registry ecosystem it belongs to. */
    record Mention(String ecosystem, String name) {}

    private static final Pattern INSTALL = Pattern.compile(
            "^\\s*(?:[$>#]\\s*|[-*]\\s+|\\d+\\.\\s+)?(?:sudo\\s+)?(pip3?|python3?\\s+-m\\s+pip|uv\\s+pip|uv|poetry|pipenv|npm|yarn|pnpm|bun|gem|cargo|go)"
                    + "\\s+(install|i|add|get)\\s+([^\\n`;&|)]+)",
            Pattern.MULTILINE);
    private static final Pattern CODE_SPAN = Pattern.compile("(?<!`)`([^`\\n]+)`(?!`)");
    private static final Map<String, String> ECOSYSTEM = Map.ofEntries(
            Map.entry("pip", "pypi"),
            Map.entry("pip3", "pypi"),
            Map.entry("uv", "pypi"),
            Map.entry("poetry", "pypi"),
            Map.entry("pipenv", "pypi"),
            Map.entry("npm", "npm"),
            Map.entry("yarn", "npm"),
            Map.entry("pnpm", "npm"),
            Map.entry("bun", "npm"),
            Map.entry("gem", "rubygems"),
            Map.entry("cargo", "crates"),
            Map.entry("go", "go"));
    private static final Set<String> FLAGS_WITH_VALUE = Set.of(
            "-r", "--requirement", "-c", "-e", "--index-url", "-i", "--extra-index-url", "--target", "-t", "--prefix");

    /** Words between package names in prose ("pip install numpy and pandas"), skipped. */
    private static final Set<String> JOINERS = Set.of("and", "or", "&");

    /** Words that show a command written into a sentence has ended ("pip install x to get started"). */
    private static final Set<String> PROSE = Set.of(
            "to", "then", "so", "for", "in", "with", "if", "which", "that", "first", "before", "after", "from", "using",
            "into", "on", "as", "by", "you", "it", "the", "a", "an", "now", "again", "instead");

    private PackageMentions() {}

    static List<Mention> find(String text) {
        Set<Mention> out = new LinkedHashSet<>();
        StringBuilder commands = new StringBuilder(text);
        Matcher span = CODE_SPAN.matcher(text);
        while (span.find()) {
            commands.append('\n').append(span.group(1));
        }
        Matcher m = INSTALL.matcher(commands);
        while (m.find()) {
            String tool = m.group(1).toLowerCase(Locale.ROOT);
            String ecosystem = tool.contains("pip") ? "pypi" : ECOSYSTEM.getOrDefault(tool, "pypi");
            if (tool.equals("go") && !m.group(2).equals("get")) {
                continue;
            }
            String[] words = m.group(3).strip().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                if (w.startsWith("-")) {
                    i += FLAGS_WITH_VALUE.contains(w) ? 1 : 0;
                    continue;
                }
                String lower = w.toLowerCase(Locale.ROOT);
                if (JOINERS.contains(lower)) {
                    continue;
                }
                if (PROSE.contains(lower)) {
                    break; // "pip install x to get started": the sentence goes on, the command has ended
                }
                String name = bareName(w, ecosystem);
                if (!name.isEmpty() && (!name.contains("/") || ecosystem.equals("go") || name.startsWith("@"))) {
                    out.add(new Mention(ecosystem, name));
                }
                if (w.matches(".*[,.;:!?]")) {
                    break; // punctuation ends the sentence or the list
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The name without version, extras or quotes: {@code requests[socks]==2.3} becomes {@code requests}. */
    static String bareName(String word, String ecosystem) {
        String w = word.replaceAll("^[\"']|[\"'.,:]+$", "");
        if (ecosystem.equals("npm") || ecosystem.equals("go")) {
            int at = w.indexOf('@', 1);
            w = at > 0 ? w.substring(0, at) : w;
        } else {
            w = w.split("[\\[=<>~!;@ ]", 2)[0];
        }
        if (!w.matches("@?[A-Za-z0-9][A-Za-z0-9._/-]*")) {
            return "";
        }
        return ecosystem.equals("pypi") ? w.toLowerCase(Locale.ROOT).replace('_', '-') : w;
    }
}
