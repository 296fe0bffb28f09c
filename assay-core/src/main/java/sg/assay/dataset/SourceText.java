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
