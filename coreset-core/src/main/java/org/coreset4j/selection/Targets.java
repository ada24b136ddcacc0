package org.coreset4j.selection;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.InvalidInputException;

/** Checks the target set ({@code --target}) a method reads. */
public final class Targets {
  private Targets() {}

  /** The context's target, which must exist and have the features' dimension. */
  public static FloatMatrix require(SelectionContext context, FloatMatrix features, String method) {
    FloatMatrix t = optional(context, features);
    if (t == null) {
      throw new InvalidInputException("--target is required by --method " + method
          + ": give the embeddings of the data you care about, M x " + features.cols());
    }
    return t;
  }

  /** The context's target if there is one (then with the features' dimension), else null. */
  public static FloatMatrix optional(SelectionContext context, FloatMatrix features) {
    FloatMatrix t = context.target();
    if (t == null) {
      return null;
    }
    if (t.cols() != features.cols()) {
      throw new InvalidInputException("--target has dimension " + t.cols() + " but the selection features have "
          + features.cols() + "; the target must be embedded in the same space (same model, same --tokens, no --reduce)");
    }
    if (t.rows() == 0) {
      throw new InvalidInputException("--target has no rows");
    }
    return t;
  }
}
