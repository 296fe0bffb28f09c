package sg.assay.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import sg.assay.ConfigException;

/**
 * A DSSE envelope (github.com/secure-systems-lab/dsse, v1): a payload, its type, and signatures over the
 * pre-authentication encoding {@link #pae} of both, so a signature cannot be moved to another payload type.
 */
public record Envelope(String payloadType, byte[] payload, List<Sig> signatures) {
    public Envelope {
        Objects.requireNonNull(payloadType, "payloadType");
        payload = payload.clone();
        signatures = List.copyOf(signatures);
    }

    /** One signature: the signer's key id and the raw Ed25519 signature bytes. */
    public record Sig(String keyid, byte[] sig) {
        public Sig {
            sig = sig.clone();
        }

        @Override
        public byte[] sig() {
            return sig.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sig s && s.keyid.equals(keyid) && Arrays.equals(s.sig, sig);
        }

        @Override
        public int hashCode() {
            return 31 * keyid.hashCode() + Arrays.hashCode(sig);
        }

        @Override
        public String toString() {
            return "Sig[" + keyid + "]";
        }
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /**
     * DSSE's pre-authentication encoding: {@code "DSSEv1" SP LEN(type) SP type SP LEN(payload) SP payload}, lengths
     * in ASCII decimal bytes. This is the message that is signed.
     */
    public static byte[] pae(String payloadType, byte[] payload) {
        byte[] type = payloadType.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("DSSEv1 " + type.length + " " + payloadType + " " + payload.length + " ")
                .getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(head, head.length + payload.length);
        System.arraycopy(payload, 0, out, head.length, payload.length);
        return out;
    }

    public byte[] pae() {
        return pae(payloadType, payload);
    }

    /** Signs a payload and returns the envelope with that one signature. */
    public static Envelope sign(String payloadType, byte[] payload, Signer signer) {
        byte[] sig = signer.sign(pae(payloadType, payload));
        return new Envelope(payloadType, payload, List.of(new Sig(signer.keyId(), sig)));
    }

    /** The envelope as JSON: payload and signatures in standard base64, as DSSE specifies. */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("payloadType", payloadType);
        o.put("payload", Base64.getEncoder().encodeToString(payload));
        ArrayNode sigs = o.putArray("signatures");
        for (Sig s : signatures) {
            sigs.addObject()
                    .put("keyid", s.keyid())
                    .put("sig", Base64.getEncoder().encodeToString(s.sig));
        }
        return o;
    }

    /** Reads an envelope; {@code where} names its source in errors. */
    public static Envelope fromJson(JsonNode o, String where) {
        String type = text(o, "payloadType", where);
        byte[] payload = base64(text(o, "payload", where), where + " payload");
        JsonNode sigs = o.path("signatures");
        if (!sigs.isArray() || sigs.isEmpty()) {
            throw new ConfigException(where + " is not a DSSE envelope: it has no signatures");
        }
        List<Sig> list = new ArrayList<>();
        for (JsonNode s : sigs) {
            String keyid = s.path("keyid").asText("");
            list.add(new Sig(keyid, base64(text(s, "sig", where), where + " signature")));
        }
        return new Envelope(type, payload, list);
    }

    private static String text(JsonNode o, String field, String where) {
        JsonNode v = o.path(field);
        if (!v.isTextual()) {
            throw new ConfigException(where + " is not a DSSE envelope: '" + field + "' is missing");
        }
        return v.textValue();
    }

    private static byte[] base64(String s, String what) {
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            try {
                return Base64.getUrlDecoder().decode(s);
            } catch (IllegalArgumentException e2) {
                throw new ConfigException(what + " is not valid base64");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Envelope e
                && e.payloadType.equals(payloadType)
                && Arrays.equals(e.payload, payload)
                && e.signatures.equals(signatures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(payloadType, Arrays.hashCode(payload), signatures);
    }

    @Override
    public String toString() {
        return "Envelope[" + payloadType + ", " + payload.length + " bytes, " + signatures + "]";
    }
}
