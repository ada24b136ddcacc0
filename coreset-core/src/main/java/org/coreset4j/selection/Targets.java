package org.coreset4j.selection;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.InvalidInputException;

/** Checks the target set ({@code --target}) a method reads. */
public final class Targets {
  private Targets() {}

  /** The context's target, which must exist and have the features' dimension. */
  public static FloatMatrix require(SelectionContext context, FloatMatrix features, String method) {
    return required(context.target(), features.cols(), method);
  }

  /** {@code t}, which {@code method} cannot do without, with {@code dims} columns. */
  public static FloatMatrix required(FloatMatrix t, int dims, String method) {
    if (t == null) {
      throw new InvalidInputException("--target is required by --method " + method
          + ": give the embeddings of the data you care about, M x " + dims);
    }
    return checked(t, dims);
  }

  /** The context's target if there is one (then with the features' dimension), else null. */
  public static FloatMatrix optional(SelectionContext context, FloatMatrix features) {
    FloatMatrix t = context.target();
    return t == null ? null : checked(t, features.cols());
  }

  /** {@code t}, which must have {@code dims} columns and at least one row. */
  public static FloatMatrix checked(FloatMatrix t, int dims) {
    if (t.cols() != dims) {
      throw new InvalidInputException("--target has dimension " + t.cols() + " but the selection features have "
          + dims + "; the target must be embedded in the same space (same model, same --tokens, no --reduce)");
    }
    if (t.rows() == 0) {
      throw new InvalidInputException("--target has no rows");
    }
    return t;
  }
}
