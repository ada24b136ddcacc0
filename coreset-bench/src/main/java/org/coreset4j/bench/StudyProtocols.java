package org.coreset4j.bench;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.evaluation.RetrievalScores;
import org.coreset4j.evaluation.SyntheticPairs;
import org.coreset4j.nn.ContrastiveParams;
import org.coreset4j.nn.Standardizer;
import org.coreset4j.nn.StudentParams;

/**
 * The two ways {@link DistillStudy} trains heads on a set of pairs, both as {@code evaluate
 * --synthetic} does and scored on its held-out pairs. Student: the protocol a distilled set records
 * ({@code --synthetic-protocol recorded}), full-batch SGD at the set's step size and temperature (the
 * learned ones for trajectory-distilled sets, the experts' step and the distillation temperature
 * otherwise), from heads drawn as {@code evaluate} draws them, in the space standardised over the
 * whole training part (where the distiller works), for as many steps as the student takes to cover a
 * whole expert trajectory. Standard: {@code --synthetic-protocol standard} (Adam, minibatches, the
 * set standardised by its own columns).
 */
record StudyProtocols(FloatMatrix images, FloatMatrix texts, int[] test, Standardizer trainImage,
    Standardizer trainText) {
  /** A training set: its pairs and the student protocol for it. */
  record StudySet(SyntheticPairs pairs, StudentParams student) {}

  static StudyProtocols of(FloatMatrix images, FloatMatrix texts, int[] train, int[] test) {
    return new StudyProtocols(images, texts, test, Standardizer.fit(images, train), Standardizer.fit(texts, train));
  }

  /** R@1, 5, 10 both ways after the student protocol with model seed {@code seed}. */
  double[] student(StudySet set, long seed) {
    SyntheticPairs recorded = new SyntheticPairs(set.pairs().image(), set.pairs().text(),
        new SyntheticPairs.Recorded(set.student(), trainImage, trainText));
    return RetrievalScores.synthetic(images, texts, recorded, test, ContrastiveParams.DEFAULTS, seed);
  }

  /** R@1, 5, 10 both ways after evaluate's standard training with model seed {@code seed}. */
  double[] standard(StudySet set, long seed) {
    SyntheticPairs plain = new SyntheticPairs(set.pairs().image(), set.pairs().text());
    return RetrievalScores.synthetic(images, texts, plain, test, ContrastiveParams.DEFAULTS, seed);
  }
}
