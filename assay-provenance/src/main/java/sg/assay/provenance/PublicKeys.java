package sg.assay.provenance;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import sg.assay.ConfigException;

/**
 * Ed25519 public keys as PEM {@code PUBLIC KEY} (X.509 SubjectPublicKeyInfo, what {@code openssl pkey -pubout}
 * writes) and their key ids: the SHA-256 of the SubjectPublicKeyInfo DER in hex, which {@code openssl pkey -pubin
 * -in pub.pem -outform DER | sha256sum} also gives.
 */
public final class PublicKeys {
    static final String LABEL = "PUBLIC KEY";

    private PublicKeys() {}

    public static String pem(PublicKey key) {
        return Pem.write(LABEL, key.getEncoded());
    }

    /** Reads an Ed25519 public key from PEM text; {@code where} names the source in errors. */
    public static PublicKey read(String pem, String where) {
        byte[] der = Pem.read(LABEL, pem, where);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new ConfigException(where + " does not hold an Ed25519 public key: " + e.getMessage());
        }
    }

    public static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(Digests.sha256().digest(key.getEncoded()));
    }
}
