package sg.assay.redteam.attack;

import sg.assay.AssayException;

/**
 * The attacker model gave no usable prompt in any of its framings: it refused its role, or kept answering in a form
 * that could not be read. The attack fails as an attacker failure; it never counts as the target resisting.
 */
public final class AttackerRefusedException extends AssayException {
    private static final long serialVersionUID = 1L;
    private final boolean refused;

    public AttackerRefusedException(String message, boolean refused) {
        super(message);
        this.refused = refused;
    }

    /** True when the attacker refused; false when it answered in a form that could not be read. */
    public boolean refused() {
        return refused;
    }
}
