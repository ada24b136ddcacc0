package org.coreset4j.selection.kcenter;

import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.Bf16Matrix;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.kernels.Similarity;

/**
 * The k-center distance between two rows, on float32 or bfloat16 storage. Both metrics are
 * squares of metrics (cosine distance is ||x/|x| - y/|y|||^2 / 2), which the triangle-inequality
 * pruning of {@link KCenterSelector} relies on.
 */
abstract class CenterDistance {
  /** Absolute rounding slack of one distance, added to the pruning test. */
  final double slack;

  private CenterDistance(double slack) {
    this.slack = slack;
  }

  abstract double between(int i, int j);

  static CenterDistance of(Similarity metric, FloatMatrix x) {
    if (metric == Similarity.SQEUCLIDEAN) {
      return new CenterDistance(0) {
        @Override
        double between(int i, int j) {
          return Vectors.squaredDistance(x, i, x, j);
        }
      };
    }
    double[] inv = new double[x.rows()];
    for (int i = 0; i < inv.length; i++) {
      inv[i] = inverseNorm(Vectors.sumSquaresF64(x, i), i);
    }
    return new CenterDistance(cosineSlack(x.cols())) {
      @Override
      double between(int i, int j) {
        return 1.0 - Vectors.dot(x, i, x, j) * inv[i] * inv[j];
      }
    };
  }

  static CenterDistance of(Similarity metric, Bf16Matrix x) {
    if (metric == Similarity.SQEUCLIDEAN) {
      return new CenterDistance(0) {
        @Override
        double between(int i, int j) {
          return Vectors.squaredDistance(x, i, x, j);
        }
      };
    }
    double[] inv = new double[x.rows()];
    for (int i = 0; i < inv.length; i++) {
      inv[i] = inverseNorm(Vectors.dot(x, i, x, i), i);
    }
    return new CenterDistance(cosineSlack(x.cols())) {
      @Override
      double between(int i, int j) {
        return 1.0 - Vectors.dot(x, i, x, j) * inv[i] * inv[j];
      }
    };
  }

  /** A float32 dot product of unit vectors over d terms is off by at most about d * 2^-24. */
  private static double cosineSlack(int d) {
    return 4.0 * d * Math.ulp(1.0f);
  }

  private static double inverseNorm(double sumSquares, int row) {
    if (!(sumSquares > 0)) {
      throw new InvalidInputException("--metric cosine: row " + row + " of the features is all zeros; "
          + "use --metric sqeuclidean or drop the row");
    }
    return 1.0 / Math.sqrt(sumSquares);
  }
}
