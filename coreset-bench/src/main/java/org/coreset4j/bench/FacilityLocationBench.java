package org.coreset4j.bench;

import java.nio.file.Path;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.submodular.objectives.FacilityLocation;
import org.coreset4j.submodular.optimizers.Optimizer;
import org.coreset4j.submodular.optimizers.Optimizers;
import org.coreset4j.submodular.similarity.KnnSimilarity;
import org.coreset4j.submodular.similarity.PairSimilarity;
import org.coreset4j.kernels.Similarity;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Facility location with a sparse k-nearest-neighbour similarity (no N x N matrix): the time of
 * the exact kNN graph and of the greedy, and peak resident memory. The stages are the ones
 * {@code --method facility-location --neighbors K} runs.
 *
 * <p>Arguments: FEATURES.npy K [NEIGHBORS=64] [OPTIMIZER=lazy] [SIMILARITY=cosine] [THREADS]; the
 * features are the peer script's {@code data(50_000, 256)} saved with numpy.save.
 */
public final class FacilityLocationBench {
  private FacilityLocationBench() {}

  public static void main(String[] args) throws Exception {
    FloatMatrix x = BenchData.load(Path.of(args[0]));
    int k = Integer.parseInt(args[1]);
    int neighbors = args.length > 2 ? Integer.parseInt(args[2]) : 64;
    String optimizer = args.length > 3 ? args[3] : "lazy";
    Similarity kind = Similarity.valueOf((args.length > 4 ? args[4] : "cosine").toUpperCase());
    int threads = args.length > 5 ? Integer.parseInt(args[5]) : Runtime.getRuntime().availableProcessors();
    try (Parallel p = new Parallel(threads)) {
      long t0 = System.nanoTime();
      KnnSimilarity graph = KnnSimilarity.of(PairSimilarity.of(kind, x, p), neighbors, p, Progress.NONE);
      long t1 = System.nanoTime();
      Optimizer.Result r = Optimizers.create(optimizer, 0.01, 0)
          .maximize(new FacilityLocation(graph), k, p, Progress.NONE);
      long t2 = System.nanoTime();
      System.out.printf("facility-location %d x %d, %d-NN %s, %s greedy, k = %d, threads %d: "
              + "kNN similarity %.2f s, greedy %.2f s, first gain %.2f, last gain %.4f, peak RSS %d MiB%n",
          x.rows(), x.cols(), neighbors, kind.optionName(), optimizer, k, threads,
          (t1 - t0) / 1e9, (t2 - t1) / 1e9, r.gains()[0], r.gains()[k - 1], BenchData.peakRssMiB());
    }
  }
}
