package org.coreset4j.bench;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.evaluation.RetrievalScores;
import org.coreset4j.evaluation.SyntheticPairs;
import org.coreset4j.nn.ContrastiveHeads;
import org.coreset4j.nn.ContrastiveParams;
import org.coreset4j.nn.Standardizer;

/**
 * The two ways {@link DistillStudy} trains heads on a set of pairs, both scored on evaluate's
 * held-out pairs. Student: the distiller's own protocol, full-batch SGD at the set's step size
 * (the learned one for trajectory-distilled sets, the experts' otherwise) and temperature, from
 * heads drawn as {@code evaluate} draws them, in the space standardised over the whole training
 * part (where the distiller works), for as many steps as the student takes to cover a whole expert
 * trajectory. Standard: {@code evaluate --synthetic}'s training (Adam, minibatches, the set
 * standardised by its own columns).
 */
record StudyProtocols(FloatMatrix images, FloatMatrix texts, int[] test, Standardizer trainImage,
    Standardizer trainText, int studentSteps) {
  /** A training set: its pairs, the student's step size and temperature for it. */
  record StudySet(SyntheticPairs pairs, double step, double temperature) {}

  static StudyProtocols of(FloatMatrix images, FloatMatrix texts, int[] train, int[] test, int studentSteps) {
    return new StudyProtocols(images, texts, test, Standardizer.fit(images, train), Standardizer.fit(texts, train),
        studentSteps);
  }

  /** R@1, 5, 10 both ways after the student protocol with model seed {@code seed}. */
  double[] student(StudySet set, long seed) {
    int m = set.pairs().size();
    int[] all = IntStream.range(0, m).toArray();
    double[] u = trainImage.apply(set.pairs().image(), all);
    double[] v = trainText.apply(set.pairs().text(), all);
    ContrastiveHeads heads = ContrastiveHeads.random(ContrastiveParams.DEFAULTS.dim(), images.cols(), texts.cols(),
        set.temperature(), new SplittableRandom(seed));
    double[] grad = new double[heads.params.length];
    for (int k = 0; k < studentSteps; k++) {
      heads.lossAndGradient(u, v, m, grad);
      for (int i = 0; i < grad.length; i++) {
        heads.params[i] -= set.step() * grad[i];
      }
    }
    return RetrievalScores.of(heads, trainImage, trainText, images, texts, test);
  }

  /** R@1, 5, 10 both ways after evaluate's training with model seed {@code seed}. */
  double[] standard(StudySet set, long seed) {
    return RetrievalScores.standard(images, texts, set.pairs(), test, ContrastiveParams.DEFAULTS, seed);
  }
}
