package sg.assay.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import sg.assay.ConfigException;

/**
 * The JSON Canonicalization Scheme of RFC 8785: object members sorted by the UTF-16 code units of their names, no
 * whitespace, strings escaped as ECMAScript's {@code JSON.stringify} escapes them, and numbers as IEEE-754 doubles
 * written the way ECMAScript's {@code Number.prototype.toString} writes them. Two documents with the same content
 * have the same canonical bytes whatever their formatting or member order, so a digest over them names the content.
 */
public final class CanonicalJson {
    /** Integers beyond ±2^53 are not exactly representable as doubles, so RFC 8785 cannot keep them. */
    private static final BigInteger MAX_EXACT = BigInteger.ONE.shiftLeft(53);

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CanonicalJson() {}

    /** Parses JSON text (rejecting duplicate member names, as RFC 8785 requires) and returns its canonical form. */
    public static String canonicalize(String json) {
        return canonicalize(parse(json));
    }

    public static String canonicalize(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /** The canonical form as UTF-8 bytes: what digests and signatures are computed over. */
    public static byte[] bytes(JsonNode node) {
        return canonicalize(node).getBytes(StandardCharsets.UTF_8);
    }

    /** Parses JSON text strictly: duplicate member names and trailing content are errors. */
    public static JsonNode parse(String json) {
        try {
            return STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ConfigException("not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> out.append(number(node));
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case NULL -> out.append("null");
            default -> throw new ConfigException("JSON value of type " + node.getNodeType() + " has no canonical form");
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
        // String.compareTo compares UTF-16 code units, which is exactly the order RFC 8785 prescribes.
        Collections.sort(members, Map.Entry.comparingByKey());
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> m : members) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(m.getKey(), out);
            out.append(':');
            write(m.getValue(), out);
        }
        out.append('}');
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            BigInteger v = node.bigIntegerValue();
            if (v.abs().compareTo(MAX_EXACT) > 0) {
                throw new ConfigException("integer " + v
                        + " is beyond ±2^53 and has no exact canonical form (RFC 8785); write it as a string");
            }
            return EcmaNumber.format(v.doubleValue());
        }
        if (node.isBigDecimal()) {
            BigDecimal d = node.decimalValue();
            return EcmaNumber.format(d.doubleValue());
        }
        return EcmaNumber.format(node.doubleValue());
    }

    /** Writes a string as ECMAScript's JSON.stringify does; lone surrogates are an error under RFC 8785. */
    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new ConfigException("string has a lone surrogate at index " + i
                                + " (U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                                + ") and no canonical form (RFC 8785)");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
