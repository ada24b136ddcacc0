package org.coreset4j.reduction;

import java.util.SplittableRandom;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.neighbors.ExactKnn;
import org.coreset4j.neighbors.KnnGraph;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * UMAP (McInnes, Healy and Melville 2018), implemented from the paper: exact Euclidean kNN graph,
 * fuzzy simplicial set ({@link FuzzyGraph}), the curve 1 / (1 + a d^(2b)) fitted to minDist and
 * spread ({@link CurveFit}), spectral initialisation ({@link SpectralInit}) and the SGD layout
 * ({@link UmapLayout}). The kNN graph is built in fixed blocks with single-threaded BLAS and the
 * layout runs on one thread, so the result depends only on the seed, not on the thread count.
 */
public final class Umap implements Reducer {
  /**
   * neighbors: k of the kNN graph (other points); epochs: 0 picks 500 for N <= 10,000 else 200;
   * denseSpectralMaxRows: up to this N the spectral initialisation is a dense eigendecomposition.
   */
  public record Params(int neighbors, double minDist, double spread, int negativeSamples, int epochs,
      double learningRate, int denseSpectralMaxRows) {
    public static final Params DEFAULTS = new Params(15, 0.1, 1.0, 5, 0, 1.0, 1024);

    public Params {
      if (neighbors < 1 || !(minDist >= 0) || !(spread > 0) || negativeSamples < 0 || epochs < 0
          || !(learningRate > 0) || denseSpectralMaxRows < 0) {
        throw new IllegalArgumentException("invalid UMAP settings " + neighbors + ", " + minDist + ", " + spread
            + ", " + negativeSamples + ", " + epochs + ", " + learningRate + ", " + denseSpectralMaxRows);
      }
    }

    int epochsFor(int rows) {
      return epochs > 0 ? epochs : rows <= 10_000 ? 500 : 200;
    }
  }

  private final int dims;
  private final Params params;

  public Umap(int dims, Params params) {
    if (dims < 1) {
      throw new InvalidInputException("--reduce umap:" + dims + " needs at least 1 dimension");
    }
    this.dims = dims;
    this.params = params;
  }

  public Umap(int dims) {
    this(dims, Params.DEFAULTS);
  }

  @Override
  public FloatMatrix reduce(FloatMatrix x, long seed, Parallel parallel, Progress progress) {
    Reducers.requireDimensions("umap:" + dims, dims, x);
    int n = x.rows();
    if (n < dims + 2) {
      throw new InvalidInputException("--reduce umap:" + dims + " needs at least " + (dims + 2)
          + " input rows, got " + n);
    }
    int k = Math.min(params.neighbors(), n - 1);
    KnnGraph knn = ExactKnn.build(x, k, parallel, progress);
    FuzzyGraph graph = FuzzyGraph.of(knn);
    CurveFit curve = CurveFit.fit(params.minDist(), params.spread());
    SplittableRandom rng = new SplittableRandom(seed);
    double[] y = SpectralInit.layout(graph, dims, params.denseSpectralMaxRows(), rng);
    UmapLayout.optimize(y, dims, graph, curve, params.epochsFor(n), params.negativeSamples(),
        params.learningRate(), rng, progress);
    FloatMatrix out = FloatMatrix.allocate(n, dims);
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < dims; c++) {
        out.set(i, c, (float) y[i * dims + c]);
      }
    }
    return out;
  }

  @Override
  public String describe() {
    return "umap:" + dims + " (" + params.neighbors() + " neighbors, min_dist " + params.minDist() + ", spread "
        + params.spread() + ", " + params.negativeSamples() + " negative samples, "
        + (params.epochs() > 0 ? params.epochs() + " epochs" : "500 epochs up to 10000 rows else 200")
        + ", learning rate " + params.learningRate() + ", spectral initialisation)";
  }
}
