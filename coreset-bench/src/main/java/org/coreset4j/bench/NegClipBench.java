package org.coreset4j.bench;

import java.util.Map;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.Selectors;
import org.coreset4j.util.Parallel;

/**
 * negclip timing on synthetic pairs: u from {@link BenchData#clustered}, v = u plus Gaussian noise
 * (sigma 0.05 per coordinate), selecting half. The cost is linear in N at a fixed batch
 * (2 K N b D flops and K N b exponentials), so a run at 100,000 pairs extrapolates to 1,000,000 by
 * a factor of 10.
 *
 * <p>Arguments: N D [THREADS] [BATCH] [REPEATS]; batch and repeats default to the method's own.
 */
public final class NegClipBench {
  private NegClipBench() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    int d = Integer.parseInt(args[1]);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    FloatMatrix u = BenchData.clustered(n, d, 1, 100);
    FloatMatrix v = FloatMatrix.allocate(n, d);
    SplittableRandom g = new SplittableRandom(2);
    float[] row = new float[d];
    for (int i = 0; i < n; i++) {
      u.copyRow(i, row);
      for (int j = 0; j < d; j++) {
        row[j] += (float) (0.05 * g.nextGaussian());
      }
      v.setRow(i, row);
    }
    java.util.List<String> opts = new java.util.ArrayList<>(java.util.List.of("pair", "image,text"));
    if (args.length > 3) {
      opts.addAll(java.util.List.of("batch", args[3]));
    }
    if (args.length > 4) {
      opts.addAll(java.util.List.of("repeats", args[4]));
    }
    Selector sel = Selectors.create("negclip", MethodOptions.of(opts.toArray(String[]::new)));
    System.out.printf("negclip %d x %d, threads %d, options %s%n", n, d, threads, opts);
    try (Parallel p = new Parallel(threads)) {
      SelectionContext c = SelectionContext.of(0, p).withModalities(Map.of("image", u, "text", v));
      long t0 = System.nanoTime();
      sel.select(FloatMatrix.allocate(n, 1), Budget.size(n / 2), c);
      double sec = (System.nanoTime() - t0) / 1e9;
      System.out.printf("wall %.1f s; at 1,000,000 pairs about %.0f s (linear in N)%n", sec, sec * 1_000_000.0 / n);
    }
    System.out.printf("peak RSS %d MiB%n", BenchData.peakRssMiB());
  }
}
