package org.coreset4j.selection.scores;

import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.selection.ModalityPair;
import org.coreset4j.selection.SelectionContext;

/**
 * CLIP-score filtering: the score of sample i is cos(a_i, b_i) between its rows in the two named
 * modalities (which must live in one embedding space, so have equal D); keep the k highest, ties
 * to the lower index. Cosines are computed in float64. Each score reads its own rows only
 * ({@link SampleScorer}).
 */
public final class ClipScoreSelector implements SampleScorer {
  private static final int CHUNK = 4096;
  private final ModalityPair pair;

  public ClipScoreSelector(ModalityPair pair) {
    this.pair = pair;
  }

  @Override
  public String name() {
    return "clipscore";
  }

  @Override
  public double[] scores(FloatMatrix features, SelectionContext context, double[] statistic, long total) {
    int n = features.rows();
    ModalityPair.Features f = pair.features(context, n);
    FloatMatrix a = f.first();
    FloatMatrix b = f.second();
    if (a.cols() != b.cols()) {
      throw new InvalidInputException(pair.option() + ": dimensions "
          + a.cols() + " and " + b.cols() + " differ; both must be embeddings of one space");
    }
    double[] score = new double[n];
    context.parallel().forChunks(n, CHUNK, (c, from, to) -> {
      double[] row = new double[a.cols()];
      for (int i = from; i < to; i++) {
        for (int j = 0; j < row.length; j++) {
          row[j] = b.get(i, j);
        }
        double na = Vectors.sumSquaresF64(a, i);
        double nb = Vectors.sumSquaresF64(b, i);
        if (!(na > 0 && nb > 0)) {
          throw new InvalidInputException("--pair: row " + i + " of modality "
              + (na > 0 ? pair.second() : pair.first()) + " is all zeros; its cosine is undefined");
        }
        score[i] = Vectors.dotF64(a, i, row) / Math.sqrt(na * nb);
      }
    });
    return score;
  }
}
