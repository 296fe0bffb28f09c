package sg.assay.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LbfgsTest {

    @Test
    void finds_the_minimum_of_the_rosenbrock_function() {
        // f(x, y) = (1 - x)^2 + 100 (y - x^2)^2 has its only minimum 0 at (1, 1)
        Lbfgs.Function rosenbrock = (x, g) -> {
            double a = 1 - x[0];
            double b = x[1] - x[0] * x[0];
            g[0] = -2 * a - 400 * x[0] * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        };

        Lbfgs.Result r = new Lbfgs(5, 500, 1e-8).minimise(rosenbrock, new double[] {-1.2, 1.0});

        assertThat(r.x()[0]).isCloseTo(1.0, within(1e-4));
        assertThat(r.x()[1]).isCloseTo(1.0, within(1e-4));
        assertThat(r.value()).isLessThan(1e-8);
    }

    @Test
    void solves_a_quadratic_exactly() {
        // f(x) = sum (i + 1) (x_i - i)^2 has its minimum at x_i = i
        Lbfgs.Function quad = (x, g) -> {
            double f = 0;
            for (int i = 0; i < x.length; i++) {
                double d = x[i] - i;
                f += (i + 1) * d * d;
                g[i] = 2 * (i + 1) * d;
            }
            return f;
        };

        Lbfgs.Result r = new Lbfgs(10, 200, 1e-10).minimise(quad, new double[6]);

        for (int i = 0; i < 6; i++) {
            assertThat(r.x()[i]).isCloseTo(i, within(1e-6));
        }
        assertThat(r.converged()).isTrue();
    }
}
