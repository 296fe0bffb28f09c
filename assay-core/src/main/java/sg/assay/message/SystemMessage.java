package sg.assay.message;

/** Instructions from the operator of the system under test. */
public record SystemMessage(String text) implements Message {}
