package org.coreset4j.reduction;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.kernels.Lapack;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Randomized PCA (Halko, Martinsson and Tropp 2011, algorithms 4.4 and 5.1) on the implicitly
 * centered input A = X - 1 mu^T: a Gaussian test matrix Omega (D x l, l = k + oversampling), the
 * range Q of A Omega refined by q power iterations with QR re-orthonormalisation after every
 * product, then B = Q^T A factored through the QR of B^T = Q_z R and the SVD R = U S W^T, so the
 * components are the first k columns of Q_z U. Scores are A times the components. Every pass over
 * X is a blocked GEMM; the input is never copied.
 */
final class RandomizedPca {
  private RandomizedPca() {}

  static PcaResult fit(FloatMatrix x, int k, Pca.Params params, long seed, Parallel parallel, Progress progress) {
    int n = x.rows();
    int d = x.cols();
    int l = Math.min(k + params.oversampling(), Math.min(n, d));
    int passes = 2 * params.powerIterations() + 3;
    progress.start("PCA (randomized)", passes);
    Centering stats = Centering.of(x, parallel);
    double[] mu = stats.means();
    try (Arena arena = Arena.ofShared()) {
      MemorySegment wide = arena.allocate((long) d * l * Float.BYTES, 64);
      MemorySegment tall = arena.allocate((long) n * l * Float.BYTES, 64);
      GaussianMatrix.fill(wide, d, l, 1.0, seed, parallel);
      CenteredProducts.times(x, mu, wide, l, tall, parallel);
      Lapack.orthonormalizeColumns(tall, n, l);
      progress.advance(1);
      for (int it = 0; it < params.powerIterations(); it++) {
        CenteredProducts.transposeTimes(x, mu, tall, l, wide, parallel);
        Lapack.orthonormalizeColumns(wide, d, l);
        progress.advance(1);
        CenteredProducts.times(x, mu, wide, l, tall, parallel);
        Lapack.orthonormalizeColumns(tall, n, l);
        progress.advance(1);
      }
      CenteredProducts.transposeTimes(x, mu, tall, l, wide, parallel);
      float[] r = Lapack.orthonormalizeColumns(wide, d, l);
      progress.advance(1);
      double[] rd = new double[l * l];
      for (int i = 0; i < rd.length; i++) {
        rd[i] = r[i];
      }
      double[] u = new double[l * l];
      double[] singular = Lapack.svdLeft(rd, l, u);
      float[] uk = new float[l * k];
      for (int i = 0; i < l; i++) {
        for (int j = 0; j < k; j++) {
          uk[i * k + j] = (float) u[i * l + j];
        }
      }
      MemorySegment components = arena.allocate((long) d * k * Float.BYTES, 64);
      Blas.sgemm(false, false, d, k, l, 1f, wide, 0, l, MemorySegment.ofArray(uk), 0, k, 0f, components, 0, k);
      ComponentSigns.fix(components, d, k);
      FloatMatrix scores = FloatMatrix.allocate(n, k);
      CenteredProducts.times(x, mu, components, k, scores.segment(), parallel);
      progress.advance(1);
      progress.finish();
      double[] explained = new double[k];
      for (int c = 0; c < k; c++) {
        explained[c] = n > 1 ? singular[c] * singular[c] / (n - 1) : 0;
      }
      return new PcaResult(scores, explained, stats.totalVariance(), true);
    }
  }
}
