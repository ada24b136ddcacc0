package org.coreset4j.submodular.similarity;

/**
 * Stored pairwise similarities sim(i, j) of N samples; pairs not stored count as 0. Rows and
 * columns are visited in ascending index order, so sums over them are deterministic.
 */
public interface SimilarityGraph {
  /** Receives one stored entry: the other index and the similarity. */
  @FunctionalInterface
  interface EntryVisitor {
    void visit(int index, double similarity);
  }

  int size();

  /** Visits sim(i, j) for every stored j of row i. */
  void row(int i, EntryVisitor visitor);

  /** Visits sim(i, j) for every stored i of column j. */
  void column(int j, EntryVisitor visitor);

  /** The smallest stored similarity. */
  double min();
}
