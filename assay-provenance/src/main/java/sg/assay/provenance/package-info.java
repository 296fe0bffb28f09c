/**
 * Provenance: content digests over the RFC 8785 canonical form of JSON (and over the bytes of other files), Ed25519
 * keys kept as passphrase-encrypted PKCS#8, DSSE envelopes over in-toto statements, run bundles with a manifest of
 * ordered sample digests, a trust store of other organisations' public keys, and verification that names what was
 * changed. Only {@code java.security} and Jackson: small enough to audit on its own.
 */
@NullMarked
package sg.assay.provenance;

import org.jspecify.annotations.NullMarked;
