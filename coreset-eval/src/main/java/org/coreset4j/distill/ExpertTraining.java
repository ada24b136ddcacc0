package org.coreset4j.distill;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.nn.ContrastiveHeads;
import org.coreset4j.nn.Dense;
import org.coreset4j.nn.Minibatches;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.coreset4j.util.Seeds;

/**
 * Expert trajectories by minibatch SGD on the standardised real pairs; expert e starts from heads
 * with N(0, 1 / D) entries drawn from a seed derived from (seed, e). With a head rank r > 0 the
 * trained parameters are the factors of {@link LowRank} (B = 0, A drawn from that seed).
 */
final class ExpertTraining {
  private ExpertTraining() {}

  /** The description of the trajectories {@code params} would train on (image, text). */
  static Trajectories.TrajectoryInfo info(FloatMatrix image, FloatMatrix text, DistillParams params) {
    return new Trajectories.TrajectoryInfo(fingerprint(image, text), image.rows(), image.cols(), text.cols(),
        params.experts(), params.expertEpochs(), params.headDim(), params.temperature(), params.expertLr(),
        params.expertBatch(), params.headRank());
  }

  /**
   * Trains the experts, one per task of {@code par}; each is seeded by its number, so any thread
   * count gives the same trajectories.
   */
  static Trajectories train(double[] u, double[] v, Trajectories.TrajectoryInfo info, long seed, Parallel par,
      Progress progress) {
    int n = info.rows();
    int stepsPerEpoch = Parallel.chunkCount(n, info.batch());
    int p = info.paramCount();
    float[][] experts = new float[info.experts()][];
    progress.start("experts", (long) info.experts() * info.epochs());
    par.forChunks(info.experts(), 1, (e, from, to) -> {
      SplittableRandom rng = new SplittableRandom(Seeds.derive(seed, e));
      int rank = info.headRank();
      ContrastiveHeads base = rank == 0 ? null
          : LowRank.base(info.headDim(), info.imageDim(), info.textDim(), info.temperature());
      // with low-rank heads, a second copy of the base that holds W0 + B A at each step
      ContrastiveHeads heads = rank == 0
          ? ContrastiveHeads.random(info.headDim(), info.imageDim(), info.textDim(), info.temperature(), rng)
          : LowRank.base(info.headDim(), info.imageDim(), info.textDim(), info.temperature());
      double[] theta = rank == 0 ? heads.params
          : LowRank.initial(info.headDim(), info.imageDim(), info.textDim(), rank, rng);
      float[] trajectory = new float[(info.epochs() + 1) * p];
      snapshot(theta, trajectory, 0);
      double[] gradHeads = new double[heads.params.length];
      int[] done = {0};
      Minibatches.run(n, info.batch(), info.epochs() * stepsPerEpoch, rng, batch -> {
        if (rank > 0) {
          LowRank.compose(theta, base, heads, rank);
        }
        heads.lossAndGradient(Dense.gatherRows(u, info.imageDim(), batch),
            Dense.gatherRows(v, info.textDim(), batch), batch.length, gradHeads);
        double[] grad = rank == 0 ? gradHeads
            : LowRank.chain(gradHeads, theta, info.headDim(), info.imageDim(), info.textDim(), rank);
        for (int i = 0; i < p; i++) {
          theta[i] -= info.learningRate() * grad[i];
        }
        if (++done[0] % stepsPerEpoch == 0) {
          snapshot(theta, trajectory, done[0] / stepsPerEpoch * p);
          progress.advance(1);
        }
      });
      experts[e] = trajectory;
    });
    progress.finish();
    return new Trajectories(info, List.of(experts));
  }

  private static void snapshot(double[] params, float[] into, int offset) {
    for (int i = 0; i < params.length; i++) {
      into[offset + i] = (float) params[i];
    }
  }

  /** SHA-256 of both shapes and all values (float32, little-endian, row-major). */
  static String fingerprint(FloatMatrix image, FloatMatrix text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (FloatMatrix m : new FloatMatrix[] {image, text}) {
        ByteBuffer buf = ByteBuffer.allocate(4 * Math.max(m.cols(), 2)).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(m.rows()).putInt(m.cols());
        sha.update(buf.array(), 0, 8);
        float[] row = new float[m.cols()];
        for (int r = 0; r < m.rows(); r++) {
          m.copyRow(r, row);
          buf.clear();
          buf.asFloatBuffer().put(row);
          sha.update(buf.array(), 0, 4 * m.cols());
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
