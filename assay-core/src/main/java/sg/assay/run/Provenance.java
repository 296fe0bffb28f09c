package sg.assay.run;

/** Who ran what build of Assay where: kept with every run so it can be reproduced. */
public record Provenance(String assayVersion, String gitRevision, String user, String host, String javaVersion) {}
