package org.coreset4j.spark;

import java.io.Serializable;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.fusion.Normalization;
import org.coreset4j.fusion.TokenPooling;
import org.coreset4j.kernels.Vectors;

/**
 * The feature pipeline of {@code coreset select} for one row of per-modality vectors, their tokens
 * already pooled ({@link ColumnReader#vector}): per-modality normalisation (none; l2 by the core's
 * {@link Vectors#normalize}; or standard, with the columns' {@link StandardStats}, by the
 * single-machine formula), then concat, mean (scaled by 1/M) or sum, and under {@code --tokens
 * coincide} the scale 1/sqrt(total tokens), with the same float32 arithmetic as the single-machine
 * fusion, so both see identical features.
 */
public record RowFusion(TokenPooling tokens, Normalization normalize, FuseMode fuse, int[] widths,
    StandardStats stats) implements Serializable {
  public RowFusion {
    if ((normalize == Normalization.STANDARD) != (stats != null)) {
      throw new IllegalArgumentException("--normalize standard needs the columns' statistics, and only it");
    }
    if (fuse != FuseMode.CONCAT) {
      for (int w : widths) {
        if (w != widths[0]) {
          throw new InvalidInputException("--fuse " + fuse + " needs equal widths, but the columns have "
              + java.util.Arrays.toString(widths) + "; use --fuse concat");
        }
      }
    }
  }

  public int width() {
    return fuse == FuseMode.CONCAT ? java.util.Arrays.stream(widths).sum() : widths[0];
  }

  /**
   * The fused row of one sample from its pooled modality vectors (each widths[m] long), which are
   * normalised in place first, so afterwards they are the per-modality features; {@code tokenCount}
   * is the number of tokens the vectors were pooled from.
   */
  public float[] fuse(float[][] modalities, int tokenCount) {
    float[] out = new float[width()];
    double scale = tokens == TokenPooling.COINCIDE ? 1 / Math.sqrt(tokenCount)
        : fuse == FuseMode.MEAN ? 1.0 / modalities.length : 1.0;
    int column = 0;
    for (int m = 0; m < modalities.length; m++) {
      float[] v = modalities[m];

      if (normalize == Normalization.L2) {
        Vectors.normalize(v);
      } else if (normalize == Normalization.STANDARD) {
        for (int j = 0; j < v.length; j++) {
          v[j] = (float) ((v[j] - stats.mean()[m][j]) * stats.inverseStd()[m][j]);
        }
      }
      boolean add = fuse != FuseMode.CONCAT && m > 0;
      int at = fuse == FuseMode.CONCAT ? column : 0;
      for (int j = 0; j < v.length; j++) {
        float x = (float) (v[j] * scale);
        out[at + j] = add ? out[at + j] + x : x;
      }
      column += v.length;
    }
    return out;
  }
}
