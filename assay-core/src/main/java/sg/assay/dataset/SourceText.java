package sg.assay.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import sg.assay.ConfigException;

/**
 * Reads source files as text in a declared encoding, strictly: bytes that are not valid in that encoding are an error
 * that names the file and the line they are on, never silently replaced. A leading byte-order mark is dropped.
 */
public final class SourceText {
    private SourceText() {}

    public static BufferedReader open(Path file, Charset charset) {
        return new BufferedReader(new StringReader(read(file, charset)));
    }

    /** The whole file decoded; an invalid byte fails with the line it is on. */
    public static String read(Path file, Charset charset) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException("file not found: " + file);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, bytes.length * 2L + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw encodingError(file, lineAt(bytes, in.position()), charset);
        }
        out.flip();
        if (out.hasRemaining() && out.charAt(0) == '\uFEFF') {
            out.position(1);
        }
        return out.toString();
    }

    /**
     * The whole file decoded line by line: lines that are valid UTF-8 as UTF-8, other lines as windows-1252 (every
     * byte maps to a character). For sources that mix UTF-8 with stray bytes; the second value counts the lines that
     * were not UTF-8.
     */
    public static Decoded readUtf8OrWindows1252(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException("file not found: " + file);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Charset cp1252 = Charset.forName("windows-1252");
        StringBuilder sb = new StringBuilder(bytes.length);
        int fallbacks = 0;
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int stop = Math.min(end + 1, bytes.length);
            ByteBuffer line = ByteBuffer.wrap(bytes, start, stop - start);
            try {
                sb.append(java.nio.charset.StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(line));
            } catch (CharacterCodingException e) {
                fallbacks++;
                sb.append(new String(bytes, start, stop - start, cp1252));
            }
            start = stop;
        }
        if (!sb.isEmpty() && sb.charAt(0) == '\uFEFF') {
            sb.deleteCharAt(0);
        }
        return new Decoded(sb.toString(), fallbacks);
    }

    /** Decoded text and how many of its lines needed the fallback encoding. */
    public record Decoded(String text, int fallbackLines) {}

    private static long lineAt(byte[] bytes, int position) {
        long line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The error for bytes that are not valid in the declared encoding at a line. */
    public static ConfigException encodingError(Path file, long line, Charset charset) {
        return new ConfigException(file + ":" + line + ": bytes are not valid " + charset.name()
                + "; declare the file's encoding (e.g. --encoding windows-1252)");
    }

    /** Turns an I/O failure while reading into a one-line error at the given line. */
    public static ConfigException readError(Path file, long line, Charset charset, IOException e) {
        if (e instanceof CharacterCodingException) {
            return encodingError(file, line, charset);
        }
        return new ConfigException(file + ":" + line + ": cannot read: " + e.getMessage(), e);
    }
}
