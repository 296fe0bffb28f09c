package sg.assay.run;

/**
 * Which data a run used: the dataset's name, where it was read from, the SHA-256 digest of its content, its sample
 * count and its licence as stated by its source.
 */
public record DatasetRef(String name, String source, String digest, int samples, String licence) {}
