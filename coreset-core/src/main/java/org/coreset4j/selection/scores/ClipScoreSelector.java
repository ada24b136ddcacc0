package org.coreset4j.selection.scores;

import java.util.Map;
import java.util.TreeSet;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Vectors;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.util.Ranking;

/**
 * CLIP-score filtering: the score of sample i is cos(a_i, b_i) between its rows in the two named
 * modalities (which must live in one embedding space, so have equal D); keep the k highest, ties
 * to the lower index. Cosines are computed in float64.
 */
public final class ClipScoreSelector implements Selector {
  private static final int CHUNK = 4096;
  private final ClipScoreParams params;

  public ClipScoreSelector(ClipScoreParams params) {
    this.params = params;
  }


  @Override
  public String name() {
    return "clipscore";
  }

  @Override
  public Selection select(FloatMatrix features, Budget budget, SelectionContext context) {
    int n = features.rows();
    FloatMatrix a = modality(context.modalities(), params.first());
    FloatMatrix b = modality(context.modalities(), params.second());
    if (a.cols() != b.cols()) {
      throw new InvalidInputException("--pair " + params.first() + "," + params.second() + ": dimensions "
          + a.cols() + " and " + b.cols() + " differ; both must be embeddings of one space");
    }
    if (a.rows() != n || b.rows() != n) {
      throw new InvalidInputException("--pair " + params.first() + "," + params.second() + ": modalities have "
          + a.rows() + " and " + b.rows() + " rows, expected N = " + n);
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
              + (na > 0 ? params.second() : params.first()) + " is all zeros; its cosine is undefined");
        }
        score[i] = Vectors.dotF64(a, i, row) / Math.sqrt(na * nb);
      }
    });
    return Selection.of(Ranking.top(score, budget.count(n)));
  }

  private static FloatMatrix modality(Map<String, FloatMatrix> modalities, String name) {
    FloatMatrix m = modalities.get(name);
    if (m == null) {
      throw new InvalidInputException("--pair names modality " + name + ", which is not an input; inputs are "
          + String.join(",", new TreeSet<>(modalities.keySet())));
    }
    return m;
  }
}
