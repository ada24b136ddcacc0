package org.coreset4j.align;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.nn.ContrastiveHeads;
import org.coreset4j.nn.ContrastiveParams;
import org.coreset4j.nn.Standardizer;
import org.coreset4j.util.InvalidInputException;

/**
 * Two modalities projected into one learned space: both inputs are standardised with the column
 * statistics of the training rows, the linear contrastive heads of the retrieval evaluation
 * ({@link ContrastiveHeads}: a = W_I u, b = W_T v, symmetric InfoNCE on cos(a, b) / temperature) are
 * trained on the training rows' pairs, and every row of both is projected and normalised to unit
 * length, a_i = W_I u_i / |W_I u_i|. Like COINCIDE's small reference model, the heads see the data
 * they are used on; callers that evaluate on held-out pairs train on the other rows only.
 *
 * @param image the projected image rows, N x dim, unit length
 * @param text the projected text rows, N x dim, unit length
 */
public record SharedSpace(FloatMatrix image, FloatMatrix text) {
  /** The heads of {@code coreset align}: the retrieval model's, trained longer on larger batches. */
  public static final ContrastiveParams DEFAULTS = new ContrastiveParams(64, 0.07, 1000, 256, 5e-3);

  /** Trains the heads on {@code rows} (indices into both inputs) and projects every row. */
  public static SharedSpace fit(FloatMatrix image, FloatMatrix text, int[] rows, ContrastiveParams params,
      long seed) {
    if (image.rows() != text.rows()) {
      throw new InvalidInputException("the two modalities have " + image.rows() + " and " + text.rows()
          + " rows; pairs need equal counts");
    }
    if (rows.length < 2) {
      throw new InvalidInputException("a shared space needs at least 2 training pairs, got " + rows.length);
    }
    Standardizer su = Standardizer.fit(image, rows);
    Standardizer sv = Standardizer.fit(text, rows);
    ContrastiveHeads heads = ContrastiveHeads.train(su.apply(image, rows), sv.apply(text, rows), rows.length,
        image.cols(), text.cols(), params, seed);
    int[] all = java.util.stream.IntStream.range(0, image.rows()).toArray();
    return new SharedSpace(unitRows(heads.embedImages(su.apply(image, all), all.length), all.length, params.dim()),
        unitRows(heads.embedTexts(sv.apply(text, all), all.length), all.length, params.dim()));
  }

  private static FloatMatrix unitRows(double[] x, int n, int dim) {
    float[] out = new float[n * dim];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) x[i];
    }
    return FloatMatrix.of(out, n, dim);
  }
}
