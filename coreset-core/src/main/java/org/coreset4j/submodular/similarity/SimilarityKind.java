package org.coreset4j.submodular.similarity;

/**
 * The pairwise similarity of {@code --similarity}. The last three follow apricot's conventions, so
 * rankings carry over from it.
 */
public enum SimilarityKind {
  /** cos(x, y). */
  COSINE,
  /** cos(x, y)^2 (apricot's "cosine"). */
  COSINE2,
  /** Pearson correlation of the two rows, squared (apricot's "corr"). */
  CORR2,
  /** max over pairs of d2 minus d2(x, y), d2 the squared distance (apricot's "euclidean"). */
  EUCLIDEAN;

  public String optionName() {
    return name().toLowerCase();
  }
}
