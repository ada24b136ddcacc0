package org.coreset4j.demo;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.coreset4j.scenes.Corruption;
import org.coreset4j.util.InvalidInputException;

/**
 * Settings of the built-in demo.
 *
 * @param scenes number of generated scenes
 * @param fractions the budgets every method selects at, ascending and distinct
 * @param seeds evaluation seeds per row
 * @param seed seed of the scenes, the encoders and every method
 * @param out folder for report.html, results JSON and the manifest
 * @param cache folder where scenes and embeddings are kept between runs
 * @param clean clean scenes instead of the default noisy ones ({@link Corruption#NOISY})
 */
public record DemoOptions(int scenes, List<Double> fractions, int seeds, long seed, Path out, Path cache,
    boolean clean) {
  public static final int DEFAULT_SCENES = 2000;
  public static final List<Double> DEFAULT_FRACTIONS = List.of(0.05, 0.1, 0.2, 0.3);
  public static final int DEFAULT_SEEDS = 10;
  /** {@code --quick}: fewer scenes, two budgets, fewer seeds. */
  public static final int QUICK_SCENES = 1000;
  public static final List<Double> QUICK_FRACTIONS = List.of(0.1, 0.2);
  public static final int QUICK_SEEDS = 5;
  /** The budget whose subsets the corruption table, the map and the thumbnails show, when selected. */
  static final double HEADLINE = 0.2;

  public DemoOptions {
    if (scenes < 100) {
      throw new InvalidInputException("--scenes " + scenes + " must be at least 100");
    }
    if (fractions.isEmpty()) {
      throw new InvalidInputException("--fractions needs at least one budget");
    }
    for (double f : fractions) {
      if (!(f > 0 && f < 1)) {
        throw new InvalidInputException("--fractions " + f + " must be in (0, 1)");
      }
    }
    fractions = List.copyOf(Arrays.stream(fractions.stream().mapToDouble(Double::doubleValue).toArray())
        .sorted().distinct().boxed().toList());
    if (seeds < 1) {
      throw new InvalidInputException("--seeds " + seeds + " must be at least 1");
    }
  }

  /** The budget shown in the corruption table, map and thumbnails: the one nearest 20% (the smaller on a tie). */
  public double headline() {
    double best = fractions.get(0);
    for (double f : fractions) {
      if (Math.abs(f - HEADLINE) < Math.abs(best - HEADLINE) - 1e-12) {
        best = f;
      }
    }
    return best;
  }

  /** The corruption of the generated scenes: none when clean, else the web-like preset. */
  public Corruption corruption() {
    return clean ? Corruption.NONE : Corruption.NOISY;
  }

  /** The cache key of the scenes and their embeddings: variant, count and seed. */
  public String cacheKey() {
    return (clean ? "clean" : "noisy") + "-" + scenes + "-seed" + seed;
  }
}
