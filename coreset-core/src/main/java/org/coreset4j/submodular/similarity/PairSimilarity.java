package org.coreset4j.submodular.similarity;

import org.coreset4j.kernels.Similarity;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.util.Parallel;

/**
 * Similarity of two rows of the features in float64, up to an additive constant: cosine, cos^2
 * and corr^2 are exact; for {@link Similarity#EUCLIDEAN} it is -d2(x, y), and the graph that
 * stores the values adds max d2 over its stored pairs. Row statistics (norms, means) are computed
 * once; zero rows (cosine kinds) and constant rows (corr2) are rejected.
 */
public final class PairSimilarity {
  private static final int CHUNK = 4096;

  private final Similarity kind;
  private final FloatMatrix x;
  private final double[] sumSquares;
  private final double[] mean;
  private final double[] scale;

  private PairSimilarity(Similarity kind, FloatMatrix x, double[] sumSquares, double[] mean, double[] scale) {
    this.kind = kind;
    this.x = x;
    this.sumSquares = sumSquares;
    this.mean = mean;
    this.scale = scale;
  }

  public static PairSimilarity of(Similarity kind, FloatMatrix x, Parallel parallel) {
    int n = x.rows();
    int d = x.cols();
    double[] sumSquares = new double[n];
    double[] mean = new double[n];
    double[] scale = new double[n];
    parallel.forChunks(n, CHUNK, (c, from, to) -> {
      for (int i = from; i < to; i++) {
        sumSquares[i] = Vectors.sumSquaresF64(x, i);
        double s = 0;
        for (int j = 0; j < d; j++) {
          s += x.get(i, j);
        }
        mean[i] = s / d;
        double centred = 0;
        for (int j = 0; j < d; j++) {
          double v = x.get(i, j) - mean[i];
          centred += v * v;
        }
        scale[i] = switch (kind) {
          case COSINE, COSINE2 -> Math.sqrt(sumSquares[i]);
          case CORR2 -> Math.sqrt(centred);
          case EUCLIDEAN -> 1;
          case SQEUCLIDEAN -> throw new IllegalArgumentException("sqeuclidean is a distance, not a submodular similarity");
        };
        if (!(scale[i] > 0)) {
          throw new InvalidInputException("--similarity " + kind.optionName() + ": row " + i + " of the features is "
              + (kind == Similarity.CORR2 ? "constant" : "all zeros") + ", so its similarity is undefined");
        }
      }
    });
    return new PairSimilarity(kind, x, sumSquares, mean, scale);
  }

  public Similarity kind() {
    return kind;
  }

  public int size() {
    return x.rows();
  }

  /**
   * The float32 rows whose squared-distance neighbours are this similarity's most similar rows:
   * the features for euclidean, unit rows for the cosine kinds, centred unit rows for corr2
   * (neighbours by the unsquared cosine or correlation).
   */
  public FloatMatrix neighbourSpace(Parallel parallel) {
    if (kind == Similarity.EUCLIDEAN) {
      return x;
    }
    FloatMatrix out = FloatMatrix.allocate(x.rows(), x.cols());
    parallel.forChunks(x.rows(), CHUNK, (c, from, to) -> {
      for (int i = from; i < to; i++) {
        double shift = kind == Similarity.CORR2 ? mean[i] : 0;
        for (int j = 0; j < x.cols(); j++) {
          out.set(i, j, (float) ((x.get(i, j) - shift) / scale[i]));
        }
      }
    });
    return out;
  }

  /** Row j held in float64, to compare many rows against. */
  public Row row(int j) {
    double[] v = new double[x.cols()];
    for (int c = 0; c < v.length; c++) {
      v[c] = x.get(j, c);
    }
    return new Row(j, v);
  }

  /** A fixed row j; {@link #with(int)} is the similarity of row i to it. */
  public final class Row {
    private final int j;
    private final double[] v;

    private Row(int j, double[] v) {
      this.j = j;
      this.v = v;
    }

    public int index() {
      return j;
    }

    /**
     * sim(i, j), symmetric to the last bit: float32 x float32 products are exact in float64 and
     * are summed in the same order either way. For corr2 the centred dot product is x_i . x_j -
     * D m_i m_j; for euclidean -d2 with d2 = |x_i|^2 + |x_j|^2 - 2 x_i . x_j. The diagonal uses
     * the same formula, so a row and its exact duplicates have bitwise equal similarities and
     * their gains tie exactly.
     */
    public double with(int i) {
      double dot = Vectors.dotF64(x, i, v);
      return switch (kind) {
        case COSINE -> dot / (scale[i] * scale[j]);
        case COSINE2 -> square(dot / (scale[i] * scale[j]));
        case CORR2 -> square((dot - x.cols() * mean[i] * mean[j]) / (scale[i] * scale[j]));
        case EUCLIDEAN -> -(sumSquares[i] + sumSquares[j] - 2 * dot);
        case SQEUCLIDEAN -> throw new IllegalStateException("no pair similarity for sqeuclidean");
      };
    }
  }

  private static double square(double r) {
    return r * r;
  }
}
