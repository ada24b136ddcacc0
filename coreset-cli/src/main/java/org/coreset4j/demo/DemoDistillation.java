package org.coreset4j.demo;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.distill.DistillParams;
import org.coreset4j.distill.DistillResult;
import org.coreset4j.distill.Distillation;
import org.coreset4j.evaluation.EvaluationParams;
import org.coreset4j.evaluation.HoldoutSplit;
import org.coreset4j.evaluation.SyntheticPairs;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Distilled pairs beside the selections: M pairs by each distill method (distill's defaults but
 * {@link #ITERATIONS} iterations, which the study in docs/DISTILLATION.md found enough), made
 * from the training part of the evaluation's split only, for the retrieval evaluation, which trains
 * them with the protocol they are made for (as {@code evaluate --synthetic-protocol recorded}).
 */
final class DemoDistillation {
  static final int ITERATIONS = 300;

  private DemoDistillation() {}

  /** Each method's M pairs under the name {@code name.apply(method)}, with a line per method on log. */
  static Map<String, SyntheticPairs> of(FloatMatrix image, FloatMatrix text, int m, long seed,
      UnaryOperator<String> name, Parallel par, PrintStream log) {
    EvaluationParams e = EvaluationParams.DEFAULTS;
    int[] train = HoldoutSplit.of(image.rows(), e.testFraction(), e.splitSeed()).train();
    FloatMatrix trainImage = image.gather(train);
    FloatMatrix trainText = text.gather(train);
    Map<String, SyntheticPairs> out = new LinkedHashMap<>();
    for (String method : DistillParams.METHODS) {
      long t0 = System.nanoTime();
      DistillParams p = DistillParams.DEFAULTS.withPairs(m).withIterations(ITERATIONS).withSeed(seed)
          .withMethod(method);
      DistillResult r = Distillation.run(trainImage, trainText, p, par, Progress.NONE);
      out.put(name.apply(method), new SyntheticPairs(r.image(), r.text(),
          new SyntheticPairs.Recorded(r.student(), r.imageScale(), r.textScale())));
      log.printf(Locale.ROOT, "distilled %d pairs from %d by %s matching in %.1f s%n", m, train.length, method,
          (System.nanoTime() - t0) / 1e9);
    }
    return out;
  }
}
