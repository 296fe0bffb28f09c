package sg.assay.provenance;

import java.security.PublicKey;

/**
 * A public key Assay accepts signatures from, with the name it is known by and where it came from ("own" for a key
 * generated here, "trusted" for one added to the trust store).
 */
public record TrustedKey(String name, String keyId, PublicKey key, String source) {
    public static TrustedKey of(String name, PublicKey key, String source) {
        return new TrustedKey(name, PublicKeys.keyId(key), key, source);
    }
}
