package sg.assay.guard;

import java.util.List;
import sg.assay.ConfigException;

/**
 * L2-regularised, example-weighted binary logistic regression over sparse vectors, fitted by {@link Lbfgs}. It
 * minimises {@code Σ c_i log(1 + exp(−y_i (w·x_i + b))) / Σ c_i + (λ/2)‖w‖²} (the intercept b is not penalised), so
 * the result depends only on the data, the weights and λ: training is reproducible.
 */
final class LogisticRegression {

    /** One training example with its weight (e.g. to balance classes within a language). */
    record Example(SparseVector x, boolean positive, double weight) {
        Example {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("example weight must be positive and finite: " + weight);
            }
        }
    }

    /** The fitted coefficients and how the fit went. */
    record Fit(float[] weights, double bias, int iterations, boolean converged, double loss) {}

    private final int dimension;
    private final double lambda;
    private final Lbfgs solver;

    LogisticRegression(int dimension, double lambda, int maxIterations) {
        if (!(lambda >= 0)) {
            throw new ConfigException("regularisation lambda must be >= 0: " + lambda);
        }
        this.dimension = dimension;
        this.lambda = lambda;
        this.solver = new Lbfgs(10, maxIterations, 1e-6);
    }

    Fit fit(List<Example> examples) {
        if (examples.isEmpty()) {
            throw new ConfigException("logistic regression needs at least one training example");
        }
        double total = examples.stream().mapToDouble(Example::weight).sum();
        Lbfgs.Function objective = (x, gradient) -> evaluate(examples, total, x, gradient);
        Lbfgs.Result r = solver.minimise(objective, new double[dimension + 1]);
        float[] w = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            w[i] = (float) r.x()[i];
        }
        return new Fit(w, r.x()[dimension], r.iterations(), r.converged(), r.value());
    }

    private double evaluate(List<Example> examples, double total, double[] x, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        double bias = x[dimension];
        double loss = 0;
        double biasGradient = 0;
        for (Example e : examples) {
            double z = e.x().dot(x) + bias;
            double margin = e.positive() ? z : -z;
            loss += e.weight() * log1pExp(-margin);
            double residual = sigmoid(z) - (e.positive() ? 1 : 0);
            double scale = e.weight() * residual / total;
            e.x().addTo(gradient, scale);
            biasGradient += scale;
        }
        loss /= total;
        double penalty = 0;
        for (int i = 0; i < dimension; i++) {
            penalty += x[i] * x[i];
            gradient[i] += lambda * x[i];
        }
        gradient[dimension] = biasGradient;
        return loss + lambda / 2 * penalty;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** log(1 + e^t) without overflow. */
    static double log1pExp(double t) {
        return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
    }
}
