package org.coreset4j.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coreset4j.clustering.KMeans;
import org.coreset4j.clustering.KMeansIteration;
import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.clustering.KMeansResult;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selectors;
import org.coreset4j.selection.coincide.CoincideParams;
import org.coreset4j.selection.coincide.CoincideSelector;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.coreset4j.util.Sampling;

/**
 * Timings of k-means and COINCIDE, printed as {@code name seconds} like the peer script.
 *
 * <pre>
 * KMeansBench kmeans [data.npy [iters [metric]]]
 *                                       100,000 x 256, K = 1,000, 20 iterations, random init: spherical
 *                                       and Euclidean (inertia, to compare with scikit-learn), or the
 *                                       one metric named (cosine, sqeuclidean),
 *                                       with each pass's share of inner products the bounds skipped
 *                                       ({@code -Dcoreset4j.kmeans=plain} for plain Lloyd)
 * KMeansBench seeds N [K]               the rows the random init picks (seed 0), one a line, for
 *                                       starting a peer from the same centroids
 * KMeansBench coincide [N D K iters]    COINCIDE end to end, default 200,000 x 2,048, K = 2,000, 50
 * KMeansBench coincide-file X.npy [K iters]
 *                                       COINCIDE on a stored (N, D) array (any dtype select reads),
 *                                       default K = 10,000, 50 iterations, with every pass's skipped share
 * KMeansBench mmd [n D picks]           greedy MMD inside one cluster, default 5,000 x 2,048, 1,000 picks
 * KMeansBench balance|dbp [N D threads] the method end to end with its defaults (K = ceil(sqrt(N)), 50
 *                                       k-means iterations), fraction 0.2, default 100,000 x 512, 2 threads
 * </pre>
 *
 * Generated data follows the peer script's recipe (200 Gaussian centres, noise 0.5, unit rows) with
 * Java's generator; pass the peer's own matrix as a float32 .npy to compare objectives on it.
 */
public final class KMeansBench {
  private KMeansBench() {}

  public static void main(String[] args) throws IOException {
    String what = args.length > 0 ? args[0] : "kmeans";
    try (Parallel parallel = Parallel.defaults()) {
      switch (what) {
        case "kmeans" -> kmeans(args.length > 1 ? npy(Path.of(args[1])) : data(100_000, 256, 0), intArg(args, 2, 20),
            args.length > 3 ? List.of(Similarity.parse(args[3])) : List.of(Similarity.COSINE, Similarity.SQEUCLIDEAN),
            parallel);
        case "seeds" -> {
          for (int row : Sampling.withoutReplacement(intArg(args, 1, 100_000), intArg(args, 2, 1000), 0)) {
            System.out.println(row);
          }
        }
        case "coincide" -> coincide(intArg(args, 1, 200_000), intArg(args, 2, 2048), intArg(args, 3, 2000),
            intArg(args, 4, 50), parallel);
        case "coincide-file" -> coincide(BenchData.load(Path.of(args[1])), intArg(args, 2, 10_000), intArg(args, 3, 50),
            parallel);
        case "mmd" -> mmd(intArg(args, 1, 5000), intArg(args, 2, 2048), intArg(args, 3, 1000), parallel);
        case "balance", "dbp" -> quotaMethod(what, intArg(args, 1, 100_000), intArg(args, 2, 512), intArg(args, 3, 2));
        default -> throw new IllegalArgumentException("unknown benchmark " + what);
      }
    }
    System.out.println("peak_rss_mb " + peakRssMb());
  }

  private static void kmeans(FloatMatrix x, int iters, List<Similarity> metrics, Parallel parallel) {
    for (Similarity metric : metrics) {
      KMeansParams p = new KMeansParams(1000, iters, metric, KMeansParams.Init.RANDOM, 0, 0);
      KMeans.fit(x, p.withIterations(1), parallel, Progress.NONE); // warm-up: natives and JIT
      long t0 = System.nanoTime();
      KMeansResult r = KMeans.fit(x, p, parallel, Progress.NONE);
      double s = (System.nanoTime() - t0) / 1e9;
      String name = "coreset4j_" + metric.name().toLowerCase() + "_kmeans_" + x.rows() + "_" + x.cols() + "_k1000_it"
          + iters;
      System.out.printf("%s %.3f%n", name, s);
      for (KMeansIteration it : r.iterations()) {
        System.out.printf("  pass %d: objective %.9g, changed %d, skipped %.3f, %.3f s%n", it.iteration(),
            it.objective(), it.changed(), it.skipped(), it.seconds());
      }
      System.out.printf("  passes %d, objective %.6f, direct inertia %.6f, last pass %.3f s%n",
          r.iterations().size(), r.objective(), inertia(x, r), r.iterations().getLast().seconds());
      double pass = r.iterations().stream().mapToDouble(KMeansIteration::seconds).average().orElse(0);
      System.out.printf("  mean pass %.3f s%n", pass);
    }
  }

  private static void coincide(int n, int d, int k, int iters, Parallel parallel) {
    coincide(data(n, d, 0), k, iters, parallel);
  }

  /** COINCIDE at 20% with K clusters, timed by stage, with every k-means pass's share of work skipped. */
  private static void coincide(FloatMatrix x, int k, int iters, Parallel parallel) {
    int n = x.rows();
    CoincideParams params = CoincideParams.from(
        MethodOptions.of("clusters", Integer.toString(k), "kmeans-iters", Integer.toString(iters)));
    SelectionContext context = SelectionContext.of(0, parallel);
    long t0 = System.nanoTime();
    KMeansResult km = KMeans.fit(x, params.kmeans(), parallel, Progress.NONE);
    long t1 = System.nanoTime();
    Selection sel = new CoincideSelector(params)
        .selectClustered(x, km.assignment(), km.centroids(), Budget.fraction(0.2).count(n), context);
    long t2 = System.nanoTime();
    String name = "coreset4j_coincide_" + n + "_" + x.cols() + "_k" + k + "_it" + iters + "_f0.2";
    System.out.printf("%s %.3f%n", name, (t2 - t0) / 1e9);
    System.out.printf("  k-means %.3f s (%d passes, mean %.3f s), rest of COINCIDE %.3f s, selected %d%n",
        (t1 - t0) / 1e9, km.iterations().size(),
        km.iterations().stream().mapToDouble(KMeansIteration::seconds).average().orElse(0), (t2 - t1) / 1e9,
        sel.size());
    for (KMeansIteration it : km.iterations()) {
      System.out.printf("  pass %d: objective %.9g, changed %d, skipped %.3f, %.3f s%n", it.iteration(),
          it.objective(), it.changed(), it.skipped(), it.seconds());
    }
  }

  /** balance or dbp end to end with its defaults on {@code threads} threads; k-means timed apart. */
  private static void quotaMethod(String method, int n, int d, int threads) {
    FloatMatrix x = data(n, d, 0);
    try (Parallel parallel = new Parallel(threads)) {
      SelectionContext context = SelectionContext.of(0, parallel);
      Selectors.create(method, MethodOptions.of("kmeans-iters", "1"))
          .select(data(2000, d, 1), Budget.fraction(0.2), context); // warm-up: natives and JIT
      long t0 = System.nanoTime();
      Selection sel = Selectors.create(method, MethodOptions.empty()).select(x, Budget.fraction(0.2), context);
      double total = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      KMeansResult km = KMeans.fit(x, KMeansParams.DEFAULTS, parallel, Progress.NONE);
      double kmeans = (System.nanoTime() - t1) / 1e9;
      System.out.printf("coreset4j_%s_%d_%d_t%d_f0.2 %.3f%n", method, n, d, threads, total);
      System.out.printf("  selected %d; k-means alone (K %d, %d passes) %.3f s%n", sel.size(), km.clusters(),
          km.iterations().size(), kmeans);
    }
  }

  private static void mmd(int n, int d, int picks, Parallel parallel) {
    FloatMatrix x = data(n, d, 1);
    CoincideSelector s = new CoincideSelector(CoincideParams.DEFAULTS);
    FloatMatrix centroid = FloatMatrix.allocate(1, d);
    centroid.set(0, 0, 1f);
    s.selectClustered(data(200, d, 2), new int[200], centroid, 50, SelectionContext.of(0, parallel)); // warm-up
    long t0 = System.nanoTime();
    Selection sel = s.selectClustered(x, new int[n], centroid, picks, SelectionContext.of(0, parallel));
    System.out.printf("coreset4j_greedy_mmd_%d_%d_picks%d %.3f%n", n, d, sel.size(), (System.nanoTime() - t0) / 1e9);
  }

  /** The peer script's data recipe: 200 Gaussian centres, noise 0.5, rows scaled to unit length. */
  static FloatMatrix data(int n, int d, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int clusters = 200;
    float[] centres = new float[clusters * d];
    for (int i = 0; i < centres.length; i++) {
      centres[i] = (float) r.nextGaussian();
    }
    FloatMatrix x = new FloatMatrix(Arena.ofAuto().allocate((long) n * d * Float.BYTES, 64), n, d);
    float[] row = new float[d];
    for (int i = 0; i < n; i++) {
      int c = r.nextInt(clusters);
      double s = 0;
      for (int j = 0; j < d; j++) {
        row[j] = centres[c * d + j] + 0.5f * (float) r.nextGaussian();
        s += row[j] * row[j];
      }
      float inv = (float) (1 / Math.sqrt(s));
      for (int j = 0; j < d; j++) {
        row[j] *= inv;
      }
      x.setRow(i, row);
    }
    return x;
  }

  /** A C-order float32 (N, D) .npy file, memory-mapped. */
  static FloatMatrix npy(Path path) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer head = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
      ch.read(head, 0);
      int headerLen = head.getShort(8) & 0xffff;
      ByteBuffer header = ByteBuffer.allocate(headerLen);
      ch.read(header, 10);
      String h = new String(header.array(), StandardCharsets.ISO_8859_1);
      Matcher m = Pattern.compile("'shape': \\((\\d+), (\\d+)\\)").matcher(h);
      if (!h.contains("'<f4'") || h.contains("'fortran_order': True") || !m.find()) {
        throw new IOException(path + ": need a C-order float32 (N, D) array, got " + h.trim());
      }
      int n = Integer.parseInt(m.group(1));
      int d = Integer.parseInt(m.group(2));
      MemorySegment seg = ch.map(FileChannel.MapMode.READ_ONLY, 10 + headerLen, (long) n * d * Float.BYTES, Arena.ofAuto());
      return new FloatMatrix(seg, n, d);
    }
  }

  /** Sum of ||x - c||^2 recomputed row by row in float64 (data rows against float64 centroids). */
  private static double inertia(FloatMatrix x, KMeansResult r) {
    double[][] c = r.centroids().toDoubleRows();
    double total = 0;
    for (int i = 0; i < x.rows(); i++) {
      double[] ci = c[r.assignment()[i]];
      double cc = 0;
      for (double v : ci) {
        cc += v * v;
      }
      total += Math.max(0, Vectors.sumSquaresF64(x, i) - 2 * Vectors.dotF64(x, i, ci) + cc);
    }
    return total;
  }

  private static int intArg(String[] args, int i, int dflt) {
    return args.length > i ? Integer.parseInt(args[i]) : dflt;
  }

  private static long peakRssMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }
}
