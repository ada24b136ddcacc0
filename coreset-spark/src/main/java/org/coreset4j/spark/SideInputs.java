package org.coreset4j.spark;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.coreset4j.CoresetRequest;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.fusion.Fusion;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.fusion.Modality;
import org.coreset4j.fusion.TokenPooling;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SideInput;
import org.coreset4j.selection.Selectors;
import org.coreset4j.selection.Targets;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * The side inputs spark-select passes to a method: the two modalities of {@code --pair A,B}, kept
 * per sample from the {@code --column}s of those names, and the {@code --target} set, read and
 * pooled on the driver as {@code coreset select} reads it (tokens mean, {@code --normalize} as for
 * an input) and broadcast. Per-sample score methods get both, negclip and the two-round methods the
 * modalities; no method
 * gets {@code --scores} or {@code --events}, whose rows are positions in files, not ids.
 */
public final class SideInputs {
  private SideInputs() {}

  /** The side inputs spark-select passes to methods distributed {@code how}. */
  public static Set<SideInput> passedTo(Distribution how) {
    return switch (how) {
      case SCORE -> EnumSet.of(SideInput.MODALITIES, SideInput.TARGET);
      case HASHED_BATCHES, TWO_ROUND -> EnumSet.of(SideInput.MODALITIES);
      default -> EnumSet.noneOf(SideInput.class);
    };
  }

  /** The positions among {@code --column}s of the request's {@code --pair} columns (none: empty). */
  public static int[] pairIndices(SparkRequest request) {
    List<String> pair = request.pairColumns();
    int[] at = new int[pair.size()];
    for (int m = 0; m < at.length; m++) {
      at[m] = request.columns().indexOf(pair.get(m));
      if (at[m] < 0) {
        throw new InvalidInputException("--pair " + String.join(",", pair) + " names " + pair.get(m)
            + ", which is not a --column; the columns are " + String.join(",", request.columns()));
      }
    }
    return at;
  }

  /** The request's target with {@code dims} columns, or null; a target the method does not read is bad input. */
  public static FloatMatrix target(SparkRequest request, int dims) {
    MethodDescriptor d = Selectors.descriptor(request.method().method());
    FloatMatrix t = request.target() == null ? null : read(request, d);
    return d.requires(SideInput.TARGET) ? Targets.required(t, dims, d.name())
        : t == null ? null : Targets.checked(t, dims);
  }

  private static FloatMatrix read(SparkRequest request, MethodDescriptor d) {
    CoresetRequest.InputRef ref = request.target();
    if (!d.sideInputs().contains(SideInput.TARGET)) {
      throw new InvalidInputException("--target is not used by --method " + d.name());
    }
    FusionOptions alone = new FusionOptions(TokenPooling.MEAN, request.normalize(), FuseMode.CONCAT);
    try (Tensor t = Tensors.open(ref.path(), ref.key()); Parallel parallel = new Parallel(1)) {
      Modality m = new Modality(CoresetRequest.TARGET, t, "--target " + ref.file());
      return Fusion.fuse(List.of(m), alone, parallel, Progress.NONE);
    }
  }
}
