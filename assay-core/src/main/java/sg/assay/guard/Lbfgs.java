package sg.assay.guard;

/**
 * Limited-memory BFGS minimisation of a smooth function (Nocedal and Wright, Numerical Optimization, 2nd ed., algorithms
 * 7.4 and 7.5), with a backtracking line search on the Armijo condition. Deterministic: the same start gives the same
 * answer bit for bit.
 */
final class Lbfgs {

    /** A differentiable function: returns f(x) and writes its gradient into {@code gradient}. */
    interface Function {
        double evaluate(double[] x, double[] gradient);
    }

    /** Where the minimisation stopped. */
    record Result(double[] x, double value, int iterations, boolean converged) {}

    private final int memory;
    private final int maxIterations;
    private final double tolerance;

    /**
     * @param memory how many correction pairs to keep (5 to 20 is usual)
     * @param maxIterations the most iterations to run
     * @param tolerance stop when the gradient's max-norm falls below this, or the relative decrease of f does
     */
    Lbfgs(int memory, int maxIterations, double tolerance) {
        this.memory = memory;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    Result minimise(Function f, double[] start) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = f.evaluate(x, g);
        double[][] s = new double[memory][];
        double[][] y = new double[memory][];
        double[] rho = new double[memory];
        int stored = 0;
        double[] direction = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        for (int iter = 0; iter < maxIterations; iter++) {
            if (maxAbs(g) < tolerance) {
                return new Result(x, fx, iter, true);
            }
            twoLoop(g, s, y, rho, stored, direction);
            double slope = dot(g, direction);
            if (slope >= 0) { // not a descent direction: restart from steepest descent
                stored = 0;
                for (int i = 0; i < n; i++) {
                    direction[i] = -g[i];
                }
                slope = dot(g, direction);
            }
            double step = stored == 0 ? Math.min(1, 1 / Math.max(1e-12, Math.sqrt(dot(g, g)))) : 1;
            double fNew = Double.NaN;
            for (int tries = 0; tries < 40; tries++) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + step * direction[i];
                }
                fNew = f.evaluate(xNew, gNew);
                if (fNew <= fx + 1e-4 * step * slope) {
                    break;
                }
                step *= 0.5;
            }
            if (!(fNew <= fx)) {
                return new Result(x, fx, iter, false);
            }
            int slot = stored < memory ? stored : 0;
            if (stored == memory) { // drop the oldest pair
                System.arraycopy(s, 1, s, 0, memory - 1);
                System.arraycopy(y, 1, y, 0, memory - 1);
                System.arraycopy(rho, 1, rho, 0, memory - 1);
                slot = memory - 1;
            }
            double[] si = new double[n];
            double[] yi = new double[n];
            for (int i = 0; i < n; i++) {
                si[i] = xNew[i] - x[i];
                yi[i] = gNew[i] - g[i];
            }
            double sy = dot(si, yi);
            if (sy > 1e-12) {
                s[slot] = si;
                y[slot] = yi;
                rho[slot] = 1 / sy;
                stored = Math.min(memory, stored + 1);
            }
            double decrease = (fx - fNew) / Math.max(1, Math.abs(fx));
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            if (decrease < tolerance * 1e-3) {
                return new Result(x, fx, iter + 1, true);
            }
        }
        return new Result(x, fx, maxIterations, maxAbs(g) < tolerance);
    }

    /** direction = −H·g, with H the L-BFGS inverse-Hessian approximation from the stored pairs (oldest first). */
    private static void twoLoop(double[] g, double[][] s, double[][] y, double[] rho, int stored, double[] out) {
        int n = g.length;
        double[] q = g.clone();
        double[] alpha = new double[stored];
        for (int k = stored - 1; k >= 0; k--) {
            alpha[k] = rho[k] * dot(s[k], q);
            axpy(-alpha[k], y[k], q);
        }
        double gamma = stored == 0 ? 1 : dot(s[stored - 1], y[stored - 1]) / dot(y[stored - 1], y[stored - 1]);
        for (int i = 0; i < n; i++) {
            q[i] *= gamma;
        }
        for (int k = 0; k < stored; k++) {
            double beta = rho[k] * dot(y[k], q);
            axpy(alpha[k] - beta, s[k], q);
        }
        for (int i = 0; i < n; i++) {
            out[i] = -q[i];
        }
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, Math.abs(d));
        }
        return m;
    }
}
