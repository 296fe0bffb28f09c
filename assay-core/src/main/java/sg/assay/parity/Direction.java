package sg.assay.parity;

/** Which way of the metric is worse; it fixes what WORSE and BETTER mean and which language is "worst". */
public enum Direction {
    /** A higher rate is worse, e.g. attack success or non-refusal of harmful requests. */
    HIGHER_IS_WORSE,
    /** A higher rate is better, e.g. refusal of harmful requests. */
    HIGHER_IS_BETTER;

    /** The signed difference rate(language) − rate(reference) turned so that positive means worse. */
    double worseness(double difference) {
        return this == HIGHER_IS_WORSE ? difference : -difference;
    }
}
