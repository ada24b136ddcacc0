package org.coreset4j.selection.targetset;

import java.util.Map;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.Targets;
import org.coreset4j.util.Ranking;

/**
 * Variance Alignment Score (Wang, Chen and Du 2024): VAS(i) = x_i^T Sigma x_i, with x_i the
 * l2-normalised features of sample i and Sigma the second moment of the target set,
 * (1/M) sum_t t t^T over its l2-normalised rows, or, without {@code --target}, of the data itself,
 * (1/N) sum_j x_j x_j^T; keep the k highest, ties to the lower index. Computed in float64 by the
 * quadratic-form code NormSim with p = 2 uses (with a target the two rank alike, as
 * NormSim_2(i)^2 = M VAS(i)). Diagnostics: {@code score}, VAS of every sample.
 */
public final class VasSelector implements Selector {
  @Override
  public String name() {
    return "vas";
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int n = features.rows();
    FloatMatrix t = Targets.optional(context, features);
    UnitRows x = new UnitRows(features, "vas: the features");
    UnitRows moments = t == null ? x : new UnitRows(t, "--target");
    context.progress().start("vas", n);
    double[] sigma = QuadraticForms.secondMoment(moments, context.parallel());
    double scale = 1.0 / moments.rows();
    for (int j = 0; j < sigma.length; j++) {
      sigma[j] *= scale;
    }
    double[] score = QuadraticForms.scores(x, sigma, context.parallel());
    context.progress().advance(n);
    context.progress().finish();
    return new Selection(Ranking.top(score, budget.count(n)), Map.of("score", NdArray.of(score)));
  }
}
