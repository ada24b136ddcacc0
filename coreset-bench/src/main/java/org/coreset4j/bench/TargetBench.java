package org.coreset4j.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.coreset4j.CoresetRequest;
import org.coreset4j.Coresets;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.kernels.Blas;
import org.coreset4j.params.MethodOptions;

/**
 * Timing of the target-set methods ({@code normsim --p 2}, {@code normsim --p inf}, {@code vas}
 * with and without a target) end to end through {@link Coresets#select}, as {@code coreset select}
 * runs them: an (N, D) float16 .npy, memory-mapped, with an (M, D) float16 target.
 *
 * <p>Arguments: DIR N D M [THREADS]. The two files are written to DIR once (Gaussian clusters, so
 * the data have directions of high variance) and reused when present. Prints each stage's seconds.
 */
public final class TargetBench {
  private TargetBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int d = Integer.parseInt(args[2]);
    int m = Integer.parseInt(args[3]);
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : Runtime.getRuntime().availableProcessors();
    Files.createDirectories(dir);
    Path data = dir.resolve("data-" + n + "x" + d + "-f16.npy");
    Path target = dir.resolve("target-" + m + "x" + d + "-f16.npy");
    writeF16(data, n, d, 1);
    writeF16(target, m, d, 2);
    Blas.preload();
    System.out.printf("%,d x %d float16 memory-mapped, target %,d x %d, threads %d%n", n, d, m, d, threads);
    String[][] runs = {{"normsim", "p", "2"}, {"normsim", "p", "inf"}, {"vas"}, {"vas", "-"}};
    for (String[] r : runs) {
      boolean withTarget = !(r.length == 2 && r[1].equals("-"));
      MethodOptions options = r.length == 3 ? MethodOptions.of(r[1], r[2]) : MethodOptions.empty();
      long t0 = System.nanoTime();
      long c0 = cpuNanos();
      var result = Coresets.select(CoresetRequest.builder().input("image", data)
          .fusion(FusionOptions.DEFAULTS).method(r[0], options).fraction(0.3).threads(threads)
          .target(withTarget ? target : null, null).build());
      double sec = (System.nanoTime() - t0) / 1e9;
      double cpu = (cpuNanos() - c0) / 1e9;
      StringBuilder stages = new StringBuilder();
      result.manifest().stageSeconds().forEach((k, v) -> stages.append(String.format(" %s %.1f", k, v)));
      System.out.printf("%-12s %-7s %s: wall %.1f s, process cpu %.1f s; stages (s):%s%n", r[0],
          r.length == 3 ? "--p " + r[2] : "", withTarget ? "with target" : "no target", sec, cpu, stages);
    }
    System.out.printf("peak RSS %d MiB%n", BenchData.peakRssMiB());
  }

  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
  }

  /** An (rows, d) float16 .npy of Gaussian clusters, unless the file exists. */
  private static void writeF16(Path path, int rows, int d, long seed) throws IOException {
    if (Files.exists(path)) {
      return;
    }
    String dict = "{'descr': '<f2', 'fortran_order': False, 'shape': (" + rows + ", " + d + "), }";
    int pad = 64 - (10 + dict.length() + 1) % 64;
    String header = dict + " ".repeat(pad % 64) + "\n";
    SplittableRandom r = new SplittableRandom(seed);
    float[] centers = new float[16 * d];
    for (int i = 0; i < centers.length; i++) {
      centers[i] = (float) r.nextGaussian();
    }
    Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
      ByteBuffer h = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
      h.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0)
          .putShort((short) header.length());
      out.write(h.array());
      out.write(header.getBytes(StandardCharsets.US_ASCII));
      ByteBuffer row = ByteBuffer.allocate(2 * d).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < rows; i++) {
        int c = r.nextInt(16);
        row.clear();
        for (int j = 0; j < d; j++) {
          row.putShort(Float.floatToFloat16(centers[c * d + j] + 0.7f * (float) r.nextGaussian()));
        }
        out.write(row.array());
      }
    }
    Files.move(tmp, path);
  }
}
