package org.coreset4j.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class RidgeRegressionTest {
  @Test
  void matchesTheClosedFormWithAnInterceptColumn() {
    SplittableRandom r = new SplittableRandom(5);
    int n = 40, d = 6, k = 3;
    double[] x = Fixtures.randomArray(n * d, r);
    double[] y = Fixtures.randomArray(n * k, r);
    for (int i = 0; i < n; i++) {
      x[i * d] += 3; // a column far from zero mean, so the intercept matters
    }
    double lambda = 0.7;
    RidgeRegression.Fit fit;
    fit = RidgeRegression.fit(x, y, n, d, k, lambda);
    // brute force: unknowns [W; b]; minimise ||Y - [X 1][W; b]||^2 + lambda ||W||^2 by solving
    // ([X 1]^T [X 1] + lambda diag(1,..,1,0)) theta = [X 1]^T Y with Gauss-Jordan elimination
    int m = d + 1;
    double[][] a = new double[m][m + k];
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < m; p++) {
        double xp = p < d ? x[i * d + p] : 1;
        for (int q = 0; q < m; q++) {
          a[p][q] += xp * (q < d ? x[i * d + q] : 1);
        }
        for (int j = 0; j < k; j++) {
          a[p][m + j] += xp * y[i * k + j];
        }
      }
    }
    for (int p = 0; p < d; p++) {
      a[p][p] += lambda;
    }
    gaussJordan(a, m);
    for (int c = 0; c < d; c++) {
      for (int j = 0; j < k; j++) {
        assertThat(fit.weights()[c * k + j]).isCloseTo(a[c][m + j], within(1e-9));
      }
    }
    for (int j = 0; j < k; j++) {
      assertThat(fit.intercept()[j]).isCloseTo(a[d][m + j], within(1e-9));
    }
  }

  /**
   * Sample-space ridge on blocks of one Gram matrix predicts what the normal equations predict, for
   * every lambda, on subsets with duplicate rows, wide (d > fit rows) and narrow inputs alike.
   */
  @Test
  void sampleSpaceRidgeMatchesTheNormalEquations() {
    SplittableRandom r = new SplittableRandom(11);
    int n = 30, k = 3;
    for (int d : new int[] {4, 50}) {
      double[] x = Fixtures.randomArray(n * d, r);
      System.arraycopy(x, 0, x, d, d); // rows 0 and 1 equal
      for (int i = 0; i < n; i++) {
        x[i * d] += 2;
      }
      double[] y = Fixtures.randomArray(n * k, r);
      int[] fit = {0, 1, 3, 4, 7, 8, 9, 12, 15, 16, 20, 21, 22};
      int[] predict = {2, 5, 6, 29, 1};
      double[] lambdas = {1e-3, 0.5, 20};
      try (Parallel p = new Parallel(2)) {
        double[][] dual = RowRidge.inSampleSpace(x, y, n, d, k, p).predictions(fit, predict, lambdas);
        double[][] primal = RowRidge.inFeatureSpace(x, y, d, k).predictions(fit, predict, lambdas);
        for (int l = 0; l < lambdas.length; l++) {
          for (int i = 0; i < primal[l].length; i++) {
            assertThat(dual[l][i]).isCloseTo(primal[l][i], within(1e-8));
          }
        }
      }
    }
  }

  @Test
  void choleskyRejectsAnIndefiniteMatrix() {
    assertThat(Cholesky.factor(new double[] {1, 2, 2, 1}, 2)).isNull();
  }

  @Test
  void depthTargetsAreBlockAverages() {
    int h = 5, w = 7, side = 3;
    org.coreset4j.data.FloatMatrix maps = Fixtures.gaussian(2, h * w, 9);
    double[] out = DepthTargets.blockAverage(maps, h, w, side);
    int[] rowEdges = {0, 1, 3, 5}; // floor(r * 5 / 3)
    int[] colEdges = {0, 2, 4, 7}; // floor(c * 7 / 3)
    for (int s = 0; s < 2; s++) {
      for (int r = 0; r < side; r++) {
        for (int c = 0; c < side; c++) {
          double sum = 0;
          int count = 0;
          for (int y = rowEdges[r]; y < rowEdges[r + 1]; y++) {
            for (int xx = colEdges[c]; xx < colEdges[c + 1]; xx++) {
              sum += maps.get(s, y * w + xx);
              count++;
            }
          }
          assertThat(out[(s * side + r) * side + c]).isCloseTo(sum / count, within(1e-12));
        }
      }
    }
    assertThat(DepthTargets.outputs(2, 20, 8)).isEqualTo(16);
  }

  private static void gaussJordan(double[][] a, int m) {
    for (int col = 0; col < m; col++) {
      int piv = col;
      for (int r = col + 1; r < m; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
          piv = r;
        }
      }
      double[] t = a[col];
      a[col] = a[piv];
      a[piv] = t;
      double p = a[col][col];
      for (int c = 0; c < a[col].length; c++) {
        a[col][c] /= p;
      }
      for (int r = 0; r < m; r++) {
        if (r != col) {
          double f = a[r][col];
          for (int c = 0; c < a[r].length; c++) {
            a[r][c] -= f * a[col][c];
          }
        }
      }
    }
  }
}
