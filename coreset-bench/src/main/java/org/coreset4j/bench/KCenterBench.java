package org.coreset4j.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.Selectors;
import org.coreset4j.util.Parallel;

/**
 * k-center greedy timing against the peers' numpy version: float32 and bfloat16 passes from the
 * same first index, their overlap, and (optionally) the overlap with a reference pick list.
 *
 * <p>Arguments: FEATURES.npy K [THREADS] [REFERENCE_PICKS.npy] [METRIC]. The features are the
 * peer script's {@code data(200_000, 768)} saved with numpy.save; the reference picks are its
 * {@code kcenter_numpy(x, K)} saved as int64.
 */
public final class KCenterBench {
  private KCenterBench() {}

  public static void main(String[] args) throws Exception {
    FloatMatrix x;
    try (var t = org.coreset4j.io.Tensors.open(Path.of(args[0]), null)) {
      x = org.coreset4j.io.Tensors.readMatrix(t);
    }
    int k = Integer.parseInt(args[1]);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    long[] reference = args.length > 3 && !args[3].equals("-") ? java.util.Arrays.stream(org.coreset4j.io.Tensors.readVector(Path.of(args[3]), null)).mapToLong(v -> (long) v).toArray() : null;
    String metric = args.length > 4 ? args[4] : "sqeuclidean";
    System.out.printf("kernels %s, %d x %d, k = %d, threads %d, metric %s%n",
        Vectors.implementation(), x.rows(), x.cols(), k, threads, metric);
    try (Parallel p = new Parallel(threads)) {
      // the first run of each storage is what one command-line call sees (cold JIT, first page
      // touches); the repeat is the steady state
      run(x, k, p, metric, "none");
      run(x, k, p, metric, "bf16");
      long[] f32 = run(x, k, p, metric, "none");
      long[] bf16 = run(x, k, p, metric, "bf16");
      System.out.printf("overlap bf16 vs float32: %d of %d; identical order: %b%n",
          overlap(f32, bf16), k, Arrays.equals(f32, bf16));
      if (reference != null) {
        System.out.printf("overlap float32 vs reference: %d of %d; identical order: %b%n",
            overlap(f32, reference), k, Arrays.equals(f32, Arrays.copyOf(reference, k)));
      }
    }
    System.out.printf("peak RSS %d MiB%n", org.coreset4j.provenance.PeakMemory.now().residentBytes() >> 20);
  }

  private static long[] run(FloatMatrix x, int k, Parallel p, String metric, String compact) {
    Selector sel = Selectors.create("kcenter", MethodOptions.of("metric", metric, "first", "0", "compact", compact));
    long t0 = System.nanoTime();
    long c0 = cpuNanos();
    Selection s = sel.select(x, Budget.size(k), SelectionContext.of(0, p));
    double sec = (System.nanoTime() - t0) / 1e9;
    double cpu = (cpuNanos() - c0) / 1e9;
    double[] gain = (double[]) s.diagnostics().get("gain").data();
    System.out.printf("kcenter compact=%s wall %.3f s, process cpu %.3f s, radius at the last pick %.5f%n",
        compact, sec, cpu, gain[k - 1]);
    return (long[]) s.diagnostics().get("order").data();
  }

  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
  }

  private static int overlap(long[] a, long[] b) {
    Set<Long> s = new HashSet<>();
    for (long v : a) s.add(v);
    int c = 0;
    for (long v : b) if (s.contains(v)) c++;
    return c;
  }
}
