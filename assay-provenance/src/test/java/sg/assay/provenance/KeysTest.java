package sg.assay.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.ConfigException;

class KeysTest {
    @TempDir
    Path home;

    @Test
    void should_store_an_encrypted_key_that_signs_after_decryption() throws Exception {
        KeyRing ring = new KeyRing(home.resolve("keys"), 1000);
        TrustedKey pub = ring.generate("acme", "correct horse".toCharArray());
        String stored = Files.readString(ring.privateKeyFile("acme"));
        assertThat(stored).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ring.privateKeyFile("acme"))))
                .isEqualTo("rw-------");
        Signer signer = ring.signer("acme", "correct horse".toCharArray());
        assertThat(signer.keyId()).isEqualTo(pub.keyId()).hasSize(64);
        byte[] msg = "hello".getBytes(StandardCharsets.UTF_8);
        assertThat(Signer.verify(pub.key(), msg, signer.sign(msg))).isTrue();
        assertThat(Signer.verify(pub.key(), "hellO".getBytes(StandardCharsets.UTF_8), signer.sign(msg)))
                .isFalse();
        assertThat(ring.list()).extracting(TrustedKey::name).containsExactly("acme");
    }

    @Test
    void should_name_the_file_when_the_passphrase_is_wrong_and_refuse_to_overwrite() {
        KeyRing ring = new KeyRing(home.resolve("keys"), 1000);
        ring.generate("acme", "right".toCharArray());
        assertThatThrownBy(() -> ring.signer("acme", "wrong".toCharArray()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("passphrase")
                .hasMessageContaining("acme.key.pem");
        assertThatThrownBy(() -> ring.generate("acme", "x".toCharArray()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> ring.generate("Bad Name", "x".toCharArray()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'Bad Name'");
        assertThatThrownBy(() -> ring.generate("other", new char[0]))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("passphrase is empty");
    }

    @Test
    void should_keep_other_organisations_keys_in_the_trust_store() throws Exception {
        Signer other = Signer.generate();
        Path pem = home.resolve("other.pem");
        Files.writeString(pem, PublicKeys.pem(other.publicKey()));
        TrustStore trust = new TrustStore(home.resolve("trust"));
        TrustedKey added = trust.add("moh", pem);
        assertThat(added.keyId()).isEqualTo(other.keyId());
        assertThat(trust.find(other.keyId())).map(TrustedKey::name).contains("moh");
        assertThatThrownBy(() -> trust.add("moh2", pem)).hasMessageContaining("already trusted as 'moh'");
        Path notAKey = home.resolve("x.pem");
        Files.writeString(notAKey, "hello");
        assertThatThrownBy(() -> trust.add("x", notAKey)).hasMessageContaining("not a PEM file");
        trust.remove("moh");
        assertThat(trust.list()).isEmpty();
        assertThatThrownBy(() -> trust.remove("moh")).hasMessageContaining("'moh' not found");
    }

    @Test
    void should_compute_the_dsse_pre_authentication_encoding() {
        // The example in the DSSE protocol document.
        byte[] pae = Envelope.pae("http://example.com/HelloWorld", "hello world".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(pae, StandardCharsets.UTF_8))
                .isEqualTo("DSSEv1 29 http://example.com/HelloWorld 11 hello world");
    }

    @Test
    void should_read_back_an_envelope_it_wrote() {
        Signer s = Signer.generate();
        Envelope e = Envelope.sign("text/plain", "x".getBytes(StandardCharsets.UTF_8), s);
        Envelope back = Envelope.fromJson(CanonicalJson.parse(e.toJson().toString()), "test");
        assertThat(back).isEqualTo(e);
        assertThat(e.toJson().get("signatures").get(0).get("keyid").asText()).isEqualTo(s.keyId());
    }
}
