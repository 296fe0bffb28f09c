package sg.assay.provenance;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Objects;
import sg.assay.AssayException;

/** An Ed25519 key pair that signs: the private key never leaves it, the key id names the public half. */
public final class Signer {
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    public Signer(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        this.keyId = PublicKeys.keyId(publicKey);
    }

    /** A fresh Ed25519 key pair from the JDK. */
    public static Signer generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new Signer(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new AssayException("Ed25519 is not available in this JDK", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    public byte[] sign(byte[] message) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(privateKey);
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new AssayException("cannot sign: " + e.getMessage(), e);
        }
    }

    /** Whether {@code signature} is an Ed25519 signature of {@code message} by {@code key}. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new AssayException("cannot verify: " + e.getMessage(), e);
        }
    }
}
