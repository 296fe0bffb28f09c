package sg.assay.validate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import sg.assay.AssayException;

/**
 * Splits validation items into a selection part (where a threshold is chosen) and a held-out part (where it is
 * measured) by a stable key: the item's cluster (template or intent) where it has one, so every item of a cluster is
 * on the same side, else its id. The side is decided by SHA-256 of the seed and the key, so the same seed always gives
 * the same split, whatever the order or the other items.
 *
 * @param seed the seed mixed into the hash
 * @param selectionShare the expected share of keys in the selection part, in (0, 1)
 */
public record ValidationSplit(long seed, double selectionShare) {
    public ValidationSplit {
        if (!(selectionShare > 0 && selectionShare < 1)) {
            throw new sg.assay.ConfigException("selection share " + selectionShare + " must be in (0, 1)");
        }
    }

    /** The key an item is split by: its cluster when it has one, else its id. */
    public static String key(ValidationItem item) {
        return item.cluster().isBlank() ? item.id() : item.cluster();
    }

    /** Whether the item goes to the selection part. */
    public boolean selects(ValidationItem item) {
        return position(key(item)) < selectionShare;
    }

    /** A key's position in [0, 1): the first 53 bits of SHA-256(seed ":" key). */
    double position(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((seed + ":" + key).getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = (bits << 8) | (d[i] & 0xFF);
            }
            return (bits >>> 11) * 0x1.0p-53;
        } catch (NoSuchAlgorithmException e) {
            throw new AssayException("SHA-256 is not available", e);
        }
    }
}
