package org.coreset4j.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.reduction.Pca;
import org.coreset4j.reduction.PcaResult;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * PCA on a wide low-rank-plus-noise matrix (the shape of token-concatenated
 * embeddings): N x D float32 = G (N x 64) H (64 x D) + 0.1 E with standard normal G, H, E, held in
 * native memory like a memory-mapped input. Prints the fit time, the variance explained by the
 * top 64 components and the peak resident set size. The fit's process CPU time is printed too:
 * on a shared machine it is steadier than the wall time.
 *
 * <p>Arguments: {@code [N D k [powerIterations]]}, default 5000 100000 512, or {@code data.npy k}
 * to run on a float32 (N, D) matrix written by another tool.
 */
public final class PcaBench {
  private static final int RANK = 64;

  private PcaBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].endsWith(".npy")) {
      FloatMatrix x = KMeansBench.npy(Path.of(args[0]));
      try (Parallel parallel = Parallel.defaults()) {
        fit(x, Integer.parseInt(args[1]), Pca.Params.DEFAULTS, parallel);
      }
      printPeakRss();
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int d = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int k = args.length > 2 ? Integer.parseInt(args[2]) : 512;
    Pca.Params params = args.length > 3
        ? new Pca.Params(Pca.Params.DEFAULTS.oversampling(), Integer.parseInt(args[3]), Pca.Params.DEFAULTS.exactMaxDims(),
            Pca.Params.DEFAULTS.gramMaxRows())
        : Pca.Params.DEFAULTS;
    try (Parallel parallel = Parallel.defaults(); Arena arena = Arena.ofShared()) {
      long t0 = System.nanoTime();
      FloatMatrix x = lowRankPlusNoise(n, d, arena, parallel);
      System.out.printf("generate_%dx%d %.3f%n", n, d, (System.nanoTime() - t0) / 1e9);
      fit(x, k, params, parallel);
    }
    printPeakRss();
  }

  private static void fit(FloatMatrix x, int k, Pca.Params params, Parallel parallel) {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu1 = os.getProcessCpuTime();
    long t1 = System.nanoTime();
    PcaResult r = new Pca(k, params).fit(x, 0, parallel, Progress.NONE);
    System.out.printf("coreset4j_pca_%dx%d_to_%d %.3f s wall, %.3f s process cpu (%s)%n", x.rows(), x.cols(), k,
        (System.nanoTime() - t1) / 1e9, (os.getProcessCpuTime() - cpu1) / 1e9, r.randomized() ? "randomized" : "exact");
    double[] ratio = r.explainedVarianceRatio();
    double top = 0;
    for (int i = 0; i < Math.min(RANK, ratio.length); i++) {
      top += ratio[i];
    }
    System.out.println("explained_top64 " + top);
    System.out.println("settings " + new Pca(k, params).describe());
  }

  private static void printPeakRss() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM")) {
        System.out.println("peak_rss " + line.substring(6).trim());
      }
    }
  }

  private static FloatMatrix lowRankPlusNoise(int n, int d, Arena arena, Parallel parallel) {
    MemorySegment data = arena.allocate((long) n * d * Float.BYTES, 64);
    float[] g = gaussian(n * RANK, new SplittableRandom(1));
    float[] h = gaussian(RANK * d, new SplittableRandom(2));
    int chunk = 256;
    parallel.forChunks(n, chunk, (c, from, to) -> {
      SplittableRandom rng = new SplittableRandom(1000 + c);
      long base = (long) from * d;
      for (long i = base; i < (long) to * d; i++) {
        data.setAtIndex(FloatMatrix.F32, i, (float) (0.1 * rng.nextGaussian()));
      }
      Blas.sgemm(false, false, to - from, d, RANK, 1f, MemorySegment.ofArray(g), (long) from * RANK * Float.BYTES,
          RANK, MemorySegment.ofArray(h), 0, d, 1f, data, base * Float.BYTES, d);
    });
    return new FloatMatrix(data, n, d);
  }

  private static float[] gaussian(int count, SplittableRandom rng) {
    float[] v = new float[count];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) rng.nextGaussian();
    }
    return v;
  }
}
