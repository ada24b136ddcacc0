package org.coreset4j.reduction;

import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * A dimensionality reduction applied to fused features: N x D in, a new float32 N x D' out. The
 * input is only read (it may be memory-mapped and larger than the heap). Results depend only on
 * the input and the seed, never on the thread count.
 */
public interface Reducer {
  /** Reduces every row of {@code x}; throws {@link org.coreset4j.util.InvalidInputException} when D' > D. */
  FloatMatrix reduce(FloatMatrix x, long seed, Parallel parallel, Progress progress);

  /** The specification and the settings used, for manifests. */
  String describe();
}
