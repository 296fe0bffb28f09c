package sg.assay.provenance;

import java.io.IOException;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import sg.assay.AssayException;
import sg.assay.ConfigException;

/**
 * Private keys as PEM {@code ENCRYPTED PRIVATE KEY}: PKCS#8 encrypted with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC),
 * the form {@code openssl pkcs8 -topk8 -v2 aes-256-cbc} writes and {@code openssl pkey} reads.
 */
public final class PrivateKeys {
    static final String LABEL = "ENCRYPTED PRIVATE KEY";
    private static final String PBES2 = "PBEWithHmacSHA256AndAES_256";

    /** PBKDF2 iterations for new keys (OWASP's 2023 advice for PBKDF2-HMAC-SHA256). */
    public static final int ITERATIONS = 600_000;

    private PrivateKeys() {}

    public static String encrypt(PrivateKey key, char[] passphrase) {
        return encrypt(key, passphrase, ITERATIONS);
    }

    static String encrypt(PrivateKey key, char[] passphrase, int iterations) {
        if (passphrase.length == 0) {
            throw new ConfigException("the passphrase is empty; a private key needs a passphrase");
        }
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        byte[] iv = new byte[16];
        random.nextBytes(salt);
        random.nextBytes(iv);
        byte[] plain = key.getEncoded();
        try {
            Cipher cipher = Cipher.getInstance(PBES2);
            cipher.init(
                    Cipher.ENCRYPT_MODE,
                    secret(passphrase),
                    new PBEParameterSpec(salt, iterations, new IvParameterSpec(iv)),
                    random);
            byte[] encrypted = cipher.doFinal(plain);
            // Re-read the parameters as generic PBES2 so that they are encoded under the PBES2 OID (RFC 8018).
            AlgorithmParameters pbes2 = AlgorithmParameters.getInstance("PBES2");
            pbes2.init(cipher.getParameters().getEncoded());
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(pbes2, encrypted);
            return Pem.write(LABEL, info.getEncoded());
        } catch (GeneralSecurityException | IOException e) {
            throw new AssayException("cannot encrypt the private key: " + e.getMessage(), e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Decrypts an Ed25519 private key; a wrong passphrase is a user error naming the file. */
    public static PrivateKey decrypt(String pem, char[] passphrase, String where) {
        byte[] der = Pem.read(LABEL, pem, where);
        byte[] plain = new byte[0];
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            AlgorithmParameters params = info.getAlgParameters();
            String algorithm = info.getAlgName(); // e.g. PBEWithHmacSHA256AndAES_256 for PBES2 parameters
            Cipher cipher = Cipher.getInstance(algorithm);
            cipher.init(Cipher.DECRYPT_MODE, secret(passphrase, algorithm), params);
            plain = cipher.doFinal(info.getEncryptedData());
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(plain));
        } catch (javax.crypto.BadPaddingException e) {
            throw new ConfigException("wrong passphrase for " + where);
        } catch (GeneralSecurityException | IOException e) {
            throw new ConfigException("cannot read the private key in " + where + " (wrong passphrase or not an "
                    + "encrypted Ed25519 PKCS#8 key): " + e.getMessage());
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static SecretKey secret(char[] passphrase) throws GeneralSecurityException {
        return secret(passphrase, PBES2);
    }

    private static SecretKey secret(char[] passphrase, String algorithm) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec);
        } finally {
            spec.clearPassword();
        }
    }
}
