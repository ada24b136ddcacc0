package org.coreset4j.bench;

import java.util.Map;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selectors;
import org.coreset4j.util.Parallel;

/**
 * crosscov timing on two modalities generated in memory: {@code gaussian} (independent N(0, 1)
 * entries, seeded) or {@code clustered} ({@link BenchData#clustered}, seeds 0 and 1). Arguments:
 * N D fraction data [threads] [center]. Prints the selection time (data generation excluded).
 */
public final class CrossCovBench {
  private CrossCovBench() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    int d = Integer.parseInt(args[1]);
    double fraction = Double.parseDouble(args[2]);
    String data = args[3];
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime().availableProcessors();
    String center = args.length > 5 ? args[5] : "no";
    FloatMatrix u = data.equals("gaussian") ? gaussian(n, d, 0) : BenchData.clustered(n, d, 0, 200);
    FloatMatrix v = data.equals("gaussian") ? gaussian(n, d, 1) : BenchData.clustered(n, d, 1, 200);
    try (Parallel p = new Parallel(threads)) {
      long t0 = System.nanoTime();
      var s = Selectors.create("crosscov", MethodOptions.of("pair", "a,b", "center", center))
          .select(FloatMatrix.allocate(n, 1), Budget.fraction(fraction),
              SelectionContext.of(0, p).withModalities(Map.of("a", u, "b", v)));
      double sec = (System.nanoTime() - t0) / 1e9;
      System.out.printf("crosscov_%dx%d_%s_center-%s %.3f s (%d selected)%n", n, d, data, center, sec, s.size());
    }
    System.out.printf("peak RSS %d MiB%n", BenchData.peakRssMiB());
  }

  private static FloatMatrix gaussian(int n, int d, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    FloatMatrix x = FloatMatrix.allocate(n, d);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x.set(i, j, (float) r.nextGaussian());
      }
    }
    return x;
  }
}
