package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import org.coreset4j.cli.common.InputSpecs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.coreset4j.CoresetRequest.InputRef;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.TensorStats;
import org.coreset4j.io.Tensors;
import org.coreset4j.util.Parallel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code coreset inspect}: shape, dtype, non-finite values and row norms of each input. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "Show shape, dtype, NaN/Inf counts and row-norm statistics of each input.")
public final class InspectCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "NAME=PATH[:KEY]", description = "An input (repeatable).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--threads", description = "Worker threads (default: all processors).") Integer threads;

  @Override
  public Integer call() {
    List<InputRef> refs = inputs.stream().map(s -> InputSpecs.parse("--input", s)).toList();
    try (Parallel parallel = threads == null ? Parallel.defaults() : new Parallel(threads)) {
      System.out.printf("%-10s %-18s %-9s %12s %6s %6s %9s %10s %10s %10s %s%n", "name", "shape", "dtype",
          "bytes", "nan", "inf", "zero_rows", "norm_min", "norm_mean", "norm_max", "path");
      Long n = null;
      for (InputRef r : refs) {
        try (Tensor t = Tensors.open(r.path(), r.key())) {
          TensorStats s = TensorStats.of(t, parallel);
          System.out.printf("%-10s %-18s %-9s %12d %6d %6d %9d %10.4g %10.4g %10.4g %s%n", r.name(),
              Tensors.shapeString(s.shape()), Tensors.dtypeName(s.dtype()), t.fileSize(), s.nanCount(),
              s.infCount(), s.zeroRows(), s.normMin(), s.normMean(), s.normMax(), r.path()
                  + (r.key() == null ? "" : ":" + r.key()));
          if (s.firstNonFiniteRow() >= 0) {
            System.out.printf("  %s: first row with NaN/Inf: %d%n", r.name(), s.firstNonFiniteRow());
          }
          if (n != null && n != s.rows()) {
            System.out.printf("  %s: %d samples, but the first input has %d: select needs equal N%n",
                r.name(), s.rows(), n);
          }
          n = n == null ? s.rows() : n;
        }
      }
    }
    return ExitCodes.OK;
  }
}
