package org.coreset4j.bench;

import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selectors;
import org.coreset4j.util.Parallel;

/**
 * DQ bin construction on clustered unit-norm data. Arguments: N D bins kernel [threads] [runs]
 * (default 2; the second shows the warm JVM); kernel
 * crossmodal compares two such modalities of D columns each ({@code --pair a,b}). Prints the
 * selection time (data generation excluded).
 */
public final class DqBench {
  private DqBench() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    int d = Integer.parseInt(args[1]);
    int bins = Integer.parseInt(args[2]);
    String kernel = args[3];
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime().availableProcessors();
    int runs = args.length > 5 ? Integer.parseInt(args[5]) : 2;
    FloatMatrix x = BenchData.clustered(n, d, 0, 200);
    boolean pair = kernel.equals("crossmodal");
    MethodOptions options = pair ? MethodOptions.of("bins", "" + bins, "kernel", kernel, "pair", "a,b")
        : MethodOptions.of("bins", "" + bins, "kernel", kernel);
    Map<String, FloatMatrix> modalities = pair ? Map.of("a", x, "b", BenchData.clustered(n, d, 1, 200)) : Map.of();
    try (Parallel p = new Parallel(threads)) {
      for (int rep = 0; rep < runs; rep++) {
        long t0 = System.nanoTime();
        var s = Selectors.create("dq", options)
            .select(x, Budget.fraction(0.1), SelectionContext.of(0, p).withModalities(modalities));
        double sec = (System.nanoTime() - t0) / 1e9;
        System.out.printf("dq_%dx%d_bins%d_%s run%d %.3f s (%d selected)%n", n, d, bins, kernel, rep, sec, s.size());
      }
    }
  }
}
