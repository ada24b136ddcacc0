package org.coreset4j.bench;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.reduction.Trustworthiness;
import org.coreset4j.reduction.Umap;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * UMAP to 2 dimensions on N points in 10 Gaussian clusters in D dimensions. Prints wall time, the
 * process CPU time and, when asked, the trustworthiness at k = 5.
 *
 * <p>Arguments: {@code [N D [trust]]}, default 20000 50.
 */
public final class UmapBench {
  private UmapBench() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int d = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    boolean trust = args.length > 2 && args[2].equals("trust");
    SplittableRandom r = new SplittableRandom(1);
    double[][] centre = new double[10][d];
    for (double[] c : centre) {
      for (int j = 0; j < d; j++) c[j] = 7 * r.nextGaussian();
    }
    float[] v = new float[n * d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) v[i * d + j] = (float) (centre[i % 10][j] + r.nextGaussian());
    }
    FloatMatrix x = FloatMatrix.of(v, n, d);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (Parallel parallel = Parallel.defaults()) {
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      FloatMatrix y = new Umap(2).reduce(x, 0, parallel, Progress.NONE);
      System.out.printf("coreset4j_umap_%dx%d_to_2 wall %.3f s, process cpu %.3f s%n", n, d,
          (System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9);
      if (trust) {
        System.out.printf("trustworthiness_k5 %.4f%n", Trustworthiness.of(x, y, 5, parallel));
      }
    }
  }
}
