package sg.assay.guard;

import java.util.Arrays;

/** A sparse feature vector: strictly increasing indices and their values. Immutable. */
public final class SparseVector {
    private final int[] indices;
    private final float[] values;

    SparseVector(int[] indices, float[] values) {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
        for (int i = 1; i < indices.length; i++) {
            if (indices[i] <= indices[i - 1]) {
                throw new IllegalArgumentException("indices must be strictly increasing");
            }
        }
        this.indices = indices.clone();
        this.values = values.clone();
    }

    public int size() {
        return indices.length;
    }

    public int index(int i) {
        return indices[i];
    }

    public float value(int i) {
        return values[i];
    }

    /** The dot product with a dense weight vector. */
    public double dot(float[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += values[i] * (double) weights[indices[i]];
        }
        return sum;
    }

    /** The dot product with a dense weight vector. */
    public double dot(double[] weights) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += values[i] * weights[indices[i]];
        }
        return sum;
    }

    /** Adds {@code scale} times this vector to a dense vector. */
    public void addTo(double[] dense, double scale) {
        for (int i = 0; i < indices.length; i++) {
            dense[indices[i]] += scale * values[i];
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVector v && Arrays.equals(indices, v.indices) && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SparseVector[" + indices.length + " non-zero]";
    }
}
