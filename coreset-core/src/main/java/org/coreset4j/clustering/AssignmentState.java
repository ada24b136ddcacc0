package org.coreset4j.clustering;

import java.util.Arrays;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.util.Parallel;

/**
 * What Lloyd's passes carry for a block of rows from one pass to the next: each row's label and
 * share of the objective, its norm and, when bounded, its Yinyang group bounds ({@link GroupBounds}).
 * {@link KMeans} keeps one for all rows; a distributed k-means keeps one per partition and computes
 * the centroids elsewhere. Every pass assigns by the rule of {@link CentroidScores}, so the labels do
 * not depend on the bounds, on how the rows are blocked or on the thread count.
 */
public final class AssignmentState {
  private final Similarity metric;
  private final double[] norms;
  private final int[] labels;
  private final double[] fit;
  private final int[] groupOf;
  private final GroupBounds bounds;

  /** Rows with norms from {@link AssignmentPass#rowNorms}; {@code groupOf} from {@link #groups}, or null for no bounds. */
  AssignmentState(Similarity metric, double[] norms, int[] groupOf) {
    this.metric = metric;
    this.norms = norms;
    this.labels = new int[norms.length];
    Arrays.fill(labels, -1);
    this.fit = new double[norms.length];
    this.groupOf = groupOf;
    this.bounds = groupOf == null ? null : new GroupBounds(norms.length, groupOf);
  }

  /** State for the rows of {@code x}, none assigned yet; {@code groupOf} as in the constructor. */
  public static AssignmentState of(FloatMatrix x, Similarity metric, int[] groupOf, Parallel parallel) {
    return new AssignmentState(metric, AssignmentPass.rowNorms(x, metric, parallel), groupOf);
  }

  /**
   * The centroid groups of bounded passes over {@code n} rows in all, found from the first centroids
   * (deterministic in {@code seed}); every block of those rows must use the same groups.
   */
  public static int[] groups(FloatMatrix centroids, int n, Parallel parallel, long seed) {
    return GroupBounds.groupsOf(centroids, n, parallel, seed);
  }

  /** Per group, how far its centroids moved from {@code before} to {@code now} (for {@link #assign}). */
  public static double[] drift(FloatMatrix before, FloatMatrix now, int[] groupOf) {
    return GroupBounds.drift(before, now, groupOf, null);
  }

  /**
   * Assigns every row of {@code x} (the rows this state was made for) to {@code centroids} and, when
   * {@code sums} is not null, adds each row in float64 and ascending row order to {@code sums[label]}
   * and counts it in {@code counts[label]}.
   * {@code drift} is how far the centroids moved since the previous pass ({@link #drift}); null on
   * the first pass. Returns how many labels changed and how many inner products the GEMMs computed.
   */
  public Pass assign(FloatMatrix x, FloatMatrix centroids, double[] drift, double[][] sums, long[] counts,
      Parallel parallel) {
    return assign(x, centroids, drift, new int[0], sums, counts, parallel);
  }

  /** As above, {@code drift} leaving out the centroids listed in {@code fresh} ({@link GroupBounds#drift}). */
  Pass assign(FloatMatrix x, FloatMatrix centroids, double[] drift, int[] fresh, double[][] sums, long[] counts,
      Parallel parallel) {
    CentroidScores scores = new CentroidScores(metric, centroids, groupOf);
    if (bounds != null) {
      if (drift != null) {
        bounds.lower(drift, parallel);
      }
      bounds.weigh(scores);
    }
    AssignmentPass.Counts c = new AssignmentPass(scores, bounds, fresh, parallel).run(x, norms, labels, fit, sums, counts);
    return new Pass(c.changed(), c.products());
  }

  /** How many labels a pass changed and how many row-centroid inner products its GEMMs computed. */
  public record Pass(long changed, long products) {}

  /** Each row's label after the last pass (-1 before the first). */
  public int[] labels() {
    return labels;
  }

  /** Each row's share of the objective after the last pass. */
  double[] fit() {
    return fit;
  }

  /** The row's bounds are dropped, so that its next pass scores it against every centroid. */
  void forget(int row) {
    if (bounds != null) {
      bounds.forget(row);
    }
  }
}
