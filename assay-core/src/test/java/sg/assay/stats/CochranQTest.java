package sg.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CochranQTest {
    /**
     * For two treatments Cochran's Q equals McNemar's χ² (Cochran 1950). Agresti (2007, §8.1) approval data 794, 150,
     * 86, 570: (150 − 86)²/236 = 17.356, the square of Agresti's z = 4.17.
     */
    @Test
    void twoTreatmentsGiveMcNemarOnAgrestiApprovalData() {
        int[][] blocks = blocks(new int[][] {{1, 1, 794}, {1, 0, 150}, {0, 1, 86}, {0, 0, 570}});
        CochranQ q = CochranQ.test(blocks);
        assertThat(q.q()).isCloseTo(4096.0 / 236, within(1e-9));
        assertThat(q.degreesOfFreedom()).isEqualTo(1);
        assertThat(q.blocks()).isEqualTo(1600);
    }

    /**
     * By hand, k = 3, six blocks: rows (1,1,0), (1,0,0), (1,1,1), (0,0,0), (1,1,0), (1,0,0). Column totals 5, 3, 1;
     * N = 9; row totals 2, 1, 3, 0, 2, 1 with ΣR² = 19. Q = 2·(3·35 − 81)/(3·9 − 19) = 48/8 = 6, and P(χ²₂ ≥ 6) =
     * e^(−3) = 0.049787.
     */
    @Test
    void threeTreatmentsByHand() {
        int[][] blocks = {{1, 1, 0}, {1, 0, 0}, {1, 1, 1}, {0, 0, 0}, {1, 1, 0}, {1, 0, 0}};
        CochranQ q = CochranQ.test(blocks);
        assertThat(q.q()).isCloseTo(6.0, within(1e-12));
        assertThat(q.pValue()).isCloseTo(Math.exp(-3), within(1e-9));
    }

    @Test
    void permutationAgreesWithChiSquareForIndependentBlocks() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        double[] rates = {0.35, 0.4, 0.45};
        int[][] many = new int[150][3];
        int[] clusters = new int[150];
        for (int i = 0; i < 150; i++) {
            for (int j = 0; j < 3; j++) {
                many[i][j] = random.nextDouble() < rates[j] ? 1 : 0;
            }
            clusters[i] = i;
        }
        CochranQ chi = CochranQ.test(many);
        CochranQ perm = CochranQ.permutation(many, clusters, 11, 4000);
        assertThat(perm.q()).isEqualTo(chi.q());
        assertThat(chi.pValue()).isBetween(0.001, 0.5);
        assertThat(perm.pValue()).isCloseTo(chi.pValue(), within(0.02));
    }

    private static int[][] blocks(int[][] cellCounts) {
        List<int[]> rows = new ArrayList<>();
        for (int[] cell : cellCounts) {
            for (int i = 0; i < cell[2]; i++) {
                rows.add(new int[] {cell[0], cell[1]});
            }
        }
        return rows.toArray(int[][]::new);
    }
}
