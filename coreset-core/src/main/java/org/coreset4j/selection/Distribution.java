package org.coreset4j.selection;

/** How a method runs on Spark ({@code coreset spark-select}), if it does. */
public enum Distribution {
  /** Runs on one machine only. */
  NONE("local only"),
  /** A uniform draw over the distributed rows. */
  SAMPLE("distributed uniform sample"),
  /** The method on every partition, then once more on the union of the partitions' picks. */
  TWO_ROUND("two rounds: per partition, then on the union"),
  /** Distributed k-means, then the method's per-cluster step on the executors. */
  CLUSTERED("distributed k-means, then per cluster"),
  /**
   * Per-sample scores computed where the rows live (a {@link org.coreset4j.selection.scores.SampleScorer}),
   * then the window of them over all rows.
   */
  SCORE("per-sample scores on the executors, then a global top-k or window"),
  /**
   * Per-sample scores normalised over random batches that are formed by ranking a hash of the
   * sample ids (negclip), one shuffle per repetition, then the window of them over all rows.
   */
  HASHED_BATCHES("scores over batches ranked by a hash of the id, then a global window"),
  /**
   * Per-sample scores cut into strata over all rows (ccs), the budget spread over the strata on
   * the driver, then each stratum's draw as the smallest hashes of the sample ids.
   */
  STRATA("score strata over all rows, then draws by a hash of the id");

  private final String description;

  Distribution(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
