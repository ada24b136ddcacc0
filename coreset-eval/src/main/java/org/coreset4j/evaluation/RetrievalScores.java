package org.coreset4j.evaluation;

import java.util.List;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.nn.ContrastiveHeads;
import org.coreset4j.nn.ContrastiveParams;
import org.coreset4j.nn.Standardizer;

/**
 * The retrieval scores of {@code evaluate --task retrieval} for code that trains heads its own way
 * (benchmarks comparing training protocols): R@1, R@5, R@10 image to text, then text to image, in
 * percent, on held-out pairs.
 */
public final class RetrievalScores {
  private RetrievalScores() {}

  /** The metric names, in the order of the scores. */
  public static List<String> names() {
    return RetrievalModel.METRICS.stream().map(Metric::name).toList();
  }

  /** Scores of heads trained on {@code set} as {@code evaluate --synthetic} trains them (by its recorded protocol). */
  public static double[] synthetic(FloatMatrix images, FloatMatrix texts, SyntheticPairs set, int[] test,
      ContrastiveParams params, long seed) {
    return new RetrievalModel(images, texts, params).trainAndScore(set, test, seed);
  }

  /** Scores of the given heads on the rows {@code test}, standardised by su and sv. */
  public static double[] of(ContrastiveHeads heads, Standardizer su, Standardizer sv, FloatMatrix images,
      FloatMatrix texts, int[] test) {
    double[] a = heads.embedImages(su.apply(images, test), test.length);
    double[] b = heads.embedTexts(sv.apply(texts, test), test.length);
    int[] ks = RetrievalModel.KS;
    double[] i2t = RecallAtK.imageToText(a, b, test.length, heads.dim, ks);
    double[] t2i = RecallAtK.textToImage(a, b, test.length, heads.dim, ks);
    double[] out = new double[2 * ks.length];
    System.arraycopy(i2t, 0, out, 0, ks.length);
    System.arraycopy(t2i, 0, out, ks.length, ks.length);
    return out;
  }
}
