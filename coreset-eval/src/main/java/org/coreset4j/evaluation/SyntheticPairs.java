package org.coreset4j.evaluation;

import java.util.Locale;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.nn.Standardizer;
import org.coreset4j.nn.StudentParams;

/**
 * A synthetic retrieval training set (for example distilled pairs): M image rows and M text rows in
 * the same space as the evaluated inputs. It is trained on like a selection but is not part of the
 * data, so it has no rows in the held-out split. With a {@code recorded} protocol it is trained the
 * way it was made for instead of as a selection; null means evaluate's standard training.
 */
public record SyntheticPairs(FloatMatrix image, FloatMatrix text, Recorded recorded) {
  /**
   * The protocol a distilled set was made for: the student's training ({@link StudentParams}) on the
   * rows standardised by {@code image} and {@code text} (the distiller's standardisers), which also
   * standardise the held-out rows it is scored on.
   */
  public record Recorded(StudentParams student, Standardizer image, Standardizer text) {}

  public SyntheticPairs {
    if (image.rows() != text.rows() || image.rows() < 2) {
      throw new InvalidInputException("synthetic pairs need the same number (at least 2) of image and text rows, got "
          + image.rows() + " and " + text.rows());
    }
    if (recorded != null && (recorded.image().mean().length != image.cols()
        || recorded.text().mean().length != text.cols())) {
      throw new InvalidInputException("the recorded standardisation has " + recorded.image().mean().length + " and "
          + recorded.text().mean().length + " columns but the synthetic rows have " + image.cols() + " and "
          + text.cols());
    }
  }

  /** Pairs trained with evaluate's standard protocol. */
  public SyntheticPairs(FloatMatrix image, FloatMatrix text) {
    this(image, text, null);
  }

  public int size() {
    return image.rows();
  }

  /** How the set is trained, for the results. */
  public String describeTraining() {
    if (recorded == null) {
      return "standard protocol";
    }
    StudentParams s = recorded.student();
    return String.format(Locale.ROOT, "recorded protocol (%d full-batch SGD steps, step %.4g, temperature %.4g, "
        + "dim %d, the distiller's standardisation)", s.steps(), s.stepSize(), s.temperature(), s.dim());
  }
}
