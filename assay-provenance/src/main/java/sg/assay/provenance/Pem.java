package sg.assay.provenance;

import java.util.Base64;
import sg.assay.ConfigException;

/** PEM text: base64 DER between {@code -----BEGIN label-----} and {@code -----END label-----} lines (RFC 7468). */
final class Pem {
    private Pem() {}

    static String write(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    static byte[] read(String label, String text, String where) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b < 0 || e < b) {
            throw new ConfigException(where + " is not a PEM file with a " + label + " block");
        }
        String body = text.substring(b + begin.length(), e).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException ex) {
            throw new ConfigException(where + " has a " + label + " block that is not valid base64");
        }
    }
}
