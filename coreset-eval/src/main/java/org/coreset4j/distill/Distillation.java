package org.coreset4j.distill;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.nn.Adam;
import org.coreset4j.nn.ContrastiveHeads;
import org.coreset4j.nn.Dense;
import org.coreset4j.nn.Standardizer;
import org.coreset4j.nn.StudentParams;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.coreset4j.util.Sampling;
import org.coreset4j.util.Seeds;

/**
 * Vision-language dataset distillation by bi-trajectory matching (seed 002), on frozen embeddings:
 * see {@link DistillParams} for the procedure and {@link TrajectoryMatch} (low-rank heads:
 * {@link LowRankMatch}) for the exact meta-gradient; or by statistics matching ({@link CovarianceMatch}).
 * Both modalities are standardised with the columns' mean and std over all N rows; experts and
 * students work in that space, and the synthetic rows are mapped back before they are returned.
 * The result depends only on the inputs and the parameters, never on the thread count.
 */
public final class Distillation {
  private Distillation() {}

  /** Trains the experts, then distils. */
  public static DistillResult run(FloatMatrix image, FloatMatrix text, DistillParams params, Parallel par,
      Progress progress) {
    return run(image, text, null, params, par, progress);
  }

  /** The trajectory description (data fingerprint and expert settings) for these inputs. */
  public static Trajectories.TrajectoryInfo trajectoryInfo(FloatMatrix image, FloatMatrix text, DistillParams params) {
    checkInputs(image, text, params.pairs());
    int maxRank = Math.min(params.headDim(), Math.min(image.cols(), text.cols()));
    if (params.headRank() > maxRank) {
      throw new InvalidInputException("--head-rank " + params.headRank() + " must be at most " + maxRank
          + " (the smallest of the head dim and the two input dims)");
    }
    return ExpertTraining.info(image, text, params);
  }

  /** Trains the expert trajectories only. */
  public static Trajectories experts(FloatMatrix image, FloatMatrix text, DistillParams params, Parallel par,
      Progress progress) {
    Trajectories.TrajectoryInfo info = trajectoryInfo(image, text, params);
    Standardized s = Standardized.of(image, text);
    return ExpertTraining.train(s.u, s.v, info, params.seed(), par, progress);
  }

  /** Distils with the given trajectories (null: train them first); they must fit these inputs. */
  public static DistillResult run(FloatMatrix image, FloatMatrix text, Trajectories trajectories, DistillParams params,
      Parallel par, Progress progress) {
    return run(image, text, trajectories, null, params, par, progress);
  }

  /**
   * Distils from the given initial rows (null: M random real pairs drawn from the seed) with
   * {@code params.method()}; trajectory matching uses the given trajectories (null: trained first),
   * statistics matching needs none.
   */
  public static DistillResult run(FloatMatrix image, FloatMatrix text, Trajectories trajectories, int[] initialRows,
      DistillParams params, Parallel par, Progress progress) {
    boolean trajectory = params.method().equals(DistillParams.TRAJECTORY);
    Trajectories.TrajectoryInfo info = trajectory ? trajectoryInfo(image, text, params) : null;
    if (!trajectory) {
      checkInputs(image, text, params.pairs());
    }
    int m = params.pairs();
    if (initialRows != null && initialRows.length != m) {
      throw new InvalidInputException(initialRows.length + " initial rows for " + m + " pairs");
    }
    Standardized s = Standardized.of(image, text);
    Trajectories experts = !trajectory || trajectories != null ? trajectories
        : ExpertTraining.train(s.u, s.v, info, params.seed(), par, progress);
    if (trajectory && !experts.info().equals(info)) {
      throw new InvalidInputException("the expert trajectories were made for other data or settings: "
          + experts.info() + ", expected " + info);
    }
    int du = image.cols();
    int dv = text.cols();
    int[] init = initialRows != null ? initialRows
        : Sampling.withoutReplacement(image.rows(), m, Seeds.derive(params.seed(), -1));
    double[] u = Dense.gatherRows(s.u, du, init);
    double[] v = Dense.gatherRows(s.v, dv, init);
    double[] student = {Math.log(params.expertLr()), Math.log(params.temperature())};
    double[] loss = trajectory ? matchTrajectories(u, v, student, experts, params, par, progress)
        : matchMoments(u, v, CovarianceMatch.of(s.u, s.v, image.rows(), du, dv), params, progress);
    FloatMatrix synImage = FloatMatrix.of(s.image.restore(u, m), m, du);
    FloatMatrix synText = FloatMatrix.of(s.text.restore(v, m), m, dv);
    boolean learned = trajectory && params.learnTemperature();
    StudentParams protocol = new StudentParams(params.headDim(), learned ? Math.exp(student[1]) : params.temperature(),
        trajectory ? Math.exp(student[0]) : params.expertLr(), params.studentSteps());
    return new DistillResult(synImage, synText, trajectory ? protocol.stepSize() : Double.NaN,
        NearestRows.of(image, synImage, DistillResult.NEAREST, par),
        NearestRows.of(text, synText, DistillResult.NEAREST, par), init, loss, protocol, s.image, s.text);
  }

  /**
   * Trajectory matching: updates the rows u, v and the student's {log step, log temperature} in place
   * (the temperature only with {@code learnTemperature}); returns each iteration's J.
   */
  private static double[] matchTrajectories(double[] u, double[] v, double[] student, Trajectories experts,
      DistillParams params, Parallel par, Progress progress) {
    int m = params.pairs();
    ContrastiveHeads base = params.headRank() == 0 ? null
        : LowRank.base(params.headDim(), experts.info().imageDim(), experts.info().textDim(), params.temperature());
    Adam rowsImage = new Adam(u.length, params.synLr());
    Adam rowsText = new Adam(v.length, params.synLr());
    Adam meta = new Adam(student.length, params.stepLr());
    SplittableRandom rng = new SplittableRandom(Seeds.derive(params.seed(), -2));
    double[] loss = new double[params.iterations()];
    progress.start("distill", params.iterations());
    for (int it = 0; it < params.iterations(); it++) {
      int expert = rng.nextInt(params.experts());
      int startEpoch = rng.nextInt(params.maxStartEpoch() + 1);
      Heads from = experts.at(expert, startEpoch);
      Heads to = experts.at(expert, startEpoch + params.epochsPerMatch());
      Student now = new Student(student[0], student[1]);
      TrajectoryMatch.Result r = base == null
          ? TrajectoryMatch.evaluate(u, v, m, now, from, to, params.synSteps())
          : LowRankMatch.evaluate(u, v, m, now, from, to, base, params.synSteps(), par);
      loss[it] = r.value();
      rowsImage.step(u, r.gradImage());
      rowsText.step(v, r.gradText());
      meta.step(student, new double[] {r.gradLogStep(), params.learnTemperature() ? r.gradLogTemperature() : 0});
      progress.advance(1);
    }
    progress.finish();
    return loss;
  }

  /** Statistics matching: full-batch Adam steps on the rows u, v (in place); returns each iteration's J. */
  private static double[] matchMoments(double[] u, double[] v, CovarianceMatch target, DistillParams params,
      Progress progress) {
    Adam rowsImage = new Adam(u.length, params.synLr());
    Adam rowsText = new Adam(v.length, params.synLr());
    double[] loss = new double[params.iterations()];
    progress.start("distill", params.iterations());
    for (int it = 0; it < params.iterations(); it++) {
      CovarianceMatch.Result r = target.evaluate(u, v, params.pairs());
      loss[it] = r.value();
      rowsImage.step(u, r.gradImage());
      rowsText.step(v, r.gradText());
      progress.advance(1);
    }
    progress.finish();
    return loss;
  }

  /** Same N, at most N pairs, finite values (the first bad row is named). */
  static void checkInputs(FloatMatrix image, FloatMatrix text, int pairs) {
    if (image.rows() != text.rows()) {
      throw new InvalidInputException("image has " + image.rows() + " rows but text has " + text.rows()
          + "; the two modalities must hold the same N pairs");
    }
    if (pairs > image.rows()) {
      throw new InvalidInputException("--pairs " + pairs + " is larger than the " + image.rows() + " real pairs");
    }
    checkFinite("image", image);
    checkFinite("text", text);
  }

  private static void checkFinite(String name, FloatMatrix x) {
    float[] row = new float[x.cols()];
    for (int r = 0; r < x.rows(); r++) {
      x.copyRow(r, row);
      for (float f : row) {
        if (!Float.isFinite(f)) {
          throw new InvalidInputException(name + " row " + r + " holds " + f + "; all values must be finite");
        }
      }
    }
  }

  /** Both modalities standardised over all rows, with their standardisers. */
  private record Standardized(Standardizer image, Standardizer text, double[] u, double[] v) {
    static Standardized of(FloatMatrix image, FloatMatrix text) {
      int[] all = IntStream.range(0, image.rows()).toArray();
      Standardizer si = Standardizer.fit(image, all);
      Standardizer st = Standardizer.fit(text, all);
      return new Standardized(si, st, si.apply(image, all), st.apply(text, all));
    }
  }
}
