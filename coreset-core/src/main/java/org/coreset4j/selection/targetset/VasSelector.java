package org.coreset4j.selection.targetset;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Targets;
import org.coreset4j.selection.scores.SampleScorer;

/**
 * Variance Alignment Score (Wang, Chen and Du 2024): VAS(i) = x_i^T Sigma x_i, with x_i the
 * l2-normalised features of sample i and Sigma the second moment of the target set,
 * (1/M) sum_t t t^T over its l2-normalised rows, or, without {@code --target}, of the data itself,
 * (1/N) sum_j x_j x_j^T; keep the k highest, ties to the lower index. Computed in float64 by the
 * quadratic-form code NormSim with p = 2 uses (with a target the two rank alike, as
 * NormSim_2(i)^2 = M VAS(i)). Without a target, sum_j x_j x_j^T is the data-wide statistic of
 * {@link SampleScorer}, so any split of the rows can be scored once it is summed. Diagnostics:
 * {@code score}, VAS of every sample.
 */
public final class VasSelector implements SampleScorer {
  @Override
  public String name() {
    return "vas";
  }

  /** Without a target, Sigma is the data's own second moment. */
  @Override
  public boolean needsStatistic(SelectionContext context) {
    return context.target() == null;
  }

  /** sum_j x_j x_j^T over the unit rows x_j of {@code features}, D x D row-major. */
  @Override
  public double[] partialStatistic(FloatMatrix features, SelectionContext context) {
    return QuadraticForms.secondMoment(new UnitRows(features, "vas: the features"), context.parallel());
  }

  @Override
  public double[] scores(FloatMatrix features, SelectionContext context, double[] statistic, long total) {
    int n = features.rows();
    FloatMatrix t = Targets.optional(context, features);
    context.progress().start("vas", n);
    double[] sigma = t == null ? statistic.clone()
        : QuadraticForms.secondMoment(new UnitRows(t, "--target"), context.parallel());
    double scale = 1.0 / (t == null ? total : t.rows());
    for (int j = 0; j < sigma.length; j++) {
      sigma[j] *= scale;
    }
    double[] score = QuadraticForms.scores(new UnitRows(features, "vas: the features"), sigma, context.parallel());
    context.progress().advance(n);
    context.progress().finish();
    return score;
  }
}
