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
 * per sample from the {@code --column}s of those names; the {@code --target} set, read and pooled
 * on the driver as {@code coreset select} reads it (tokens mean, {@code --normalize} as for an
 * input) and broadcast; and per-sample scores and events, read from the input's columns named by
 * {@code --scores} and {@code --events} (so they travel with their samples' ids rather than being
 * rows of a file). Per-sample score methods get all four, the two-round methods the modalities and
 * scores, negclip the modalities, ccs the scores.
 */
public final class SideInputs {
  private SideInputs() {}

  /** The side inputs spark-select passes to methods distributed {@code how}. */
  public static Set<SideInput> passedTo(Distribution how) {
    return switch (how) {
      case SCORE -> EnumSet.of(SideInput.MODALITIES, SideInput.TARGET, SideInput.SCORES, SideInput.EVENTS);
      case TWO_ROUND -> EnumSet.of(SideInput.MODALITIES, SideInput.SCORES);
      case HASHED_BATCHES -> EnumSet.of(SideInput.MODALITIES);
      case STRATA -> EnumSet.of(SideInput.SCORES);
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

  /**
   * Checks that the method gets the {@code --scores} and {@code --events} columns it reads and no
   * others, before anything is read.
   */
  public static void checkColumns(SparkRequest request) {
    MethodDescriptor d = Selectors.descriptor(request.method().method());
    checkColumn(d, request, SideInput.SCORES, request.scoresColumn(), "a number per row");
    checkColumn(d, request, SideInput.EVENTS, request.eventsColumn(), "an array of 0/1 per row, one per epoch");
  }

  private static void checkColumn(MethodDescriptor d, SparkRequest request, SideInput input, String column,
      String holds) {
    boolean reads = d.reads(input, request.method().methodOptions());
    if (reads && column == null) {
      throw new InvalidInputException(input.option() + " COLUMN is required by --method " + d.name()
          + ": name the input's column that holds " + holds);
    }
    if (!reads && column != null) {
      throw new InvalidInputException(input.option() + " is not used by --method " + d.name());
    }
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
