package org.coreset4j.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.nn.ContrastiveHeads;
import org.coreset4j.nn.ContrastiveParams;
import org.coreset4j.nn.Standardizer;

/**
 * Image-text retrieval with linear contrastive heads (see {@link ContrastiveHeads},
 * {@link ContrastiveParams}) trained on the subset's pairs; metrics on the held-out pairs:
 * image-to-text and text-to-image R@1, R@5, R@10 in percent.
 */
final class RetrievalModel implements DownstreamModel {
  static final int[] KS = {1, 5, 10};
  static final List<Metric> METRICS = metricList();

  private final FloatMatrix images;
  private final FloatMatrix texts;
  private final ContrastiveParams params;

  RetrievalModel(FloatMatrix images, FloatMatrix texts, ContrastiveParams params) {
    this.images = images;
    this.texts = texts;
    this.params = params;
  }

  private static List<Metric> metricList() {
    List<Metric> m = new ArrayList<>();
    for (String dir : new String[] {"i2t", "t2i"}) {
      for (int k : KS) {
        m.add(new Metric(dir + "_R@" + k, false));
      }
    }
    return List.copyOf(m);
  }

  @Override
  public List<Metric> metrics() {
    return METRICS;
  }

  @Override
  public String describe() {
    return "linear contrastive heads (dim " + params.dim() + ", temperature " + params.temperature() + ", "
        + params.steps() + " steps, batch " + params.batch() + ", Adam lr " + params.learningRate() + ")";
  }

  @Override
  public double[] trainAndScore(int[] train, int[] test, long seed) {
    Standardizer su = Standardizer.fit(images, train);
    Standardizer sv = Standardizer.fit(texts, train);
    return score(su, sv, su.apply(images, train), sv.apply(texts, train), train.length, test, seed);
  }

  /** A chance ranking of the n held-out candidates: R@K = 100 * min(K, n) / n both ways. */
  @Override
  public double[] trivial(int[] train, int[] test) {
    double[] out = new double[2 * KS.length];
    for (int q = 0; q < KS.length; q++) {
      out[q] = 100.0 * Math.min(KS[q], test.length) / test.length;
      out[KS.length + q] = out[q];
    }
    return out;
  }

  @Override
  public String describeTrivial() {
    return "a chance ranking, R@K = K / held-out pairs";
  }

  /** R@5 both ways: more hits than R@1 on small held-out sets, further from saturation than R@10. */
  @Override
  public List<String> verdictMetrics() {
    return List.of("i2t_R@5", "t2i_R@5");
  }

  /**
   * Trains on the synthetic pairs and scores on test: under their recorded protocol when they have
   * one, else as a subset is trained (standardised by their own columns).
   */
  double[] trainAndScore(SyntheticPairs synthetic, int[] test, long seed) {
    int[] all = java.util.stream.IntStream.range(0, synthetic.size()).toArray();
    SyntheticPairs.Recorded recorded = synthetic.recorded();
    if (recorded == null) {
      Standardizer su = Standardizer.fit(synthetic.image(), all);
      Standardizer sv = Standardizer.fit(synthetic.text(), all);
      return score(su, sv, su.apply(synthetic.image(), all), sv.apply(synthetic.text(), all), all.length, test,
          seed);
    }
    ContrastiveHeads heads = recorded.student().train(recorded.image().apply(synthetic.image(), all),
        recorded.text().apply(synthetic.text(), all), all.length, images.cols(), texts.cols(), seed);
    return RetrievalScores.of(heads, recorded.image(), recorded.text(), images, texts, test);
  }

  private double[] score(Standardizer su, Standardizer sv, double[] u, double[] v, int n, int[] test, long seed) {
    ContrastiveHeads heads = ContrastiveHeads.train(u, v, n, images.cols(), texts.cols(), params, seed);
    return RetrievalScores.of(heads, su, sv, images, texts, test);
  }
}
