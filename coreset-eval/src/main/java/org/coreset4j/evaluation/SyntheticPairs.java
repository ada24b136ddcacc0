package org.coreset4j.evaluation;

import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;

/**
 * A synthetic retrieval training set (for example distilled pairs): M image rows and M text rows in
 * the same space as the evaluated inputs. It is trained on like a selection but is not part of the
 * data, so it has no rows in the held-out split.
 */
public record SyntheticPairs(FloatMatrix image, FloatMatrix text) {
  public SyntheticPairs {
    if (image.rows() != text.rows() || image.rows() < 2) {
      throw new InvalidInputException("synthetic pairs need the same number (at least 2) of image and text rows, got "
          + image.rows() + " and " + text.rows());
    }
  }

  public int size() {
    return image.rows();
  }
}
