package org.coreset4j.demo;

import java.nio.file.Path;
import org.coreset4j.scenes.Corruption;
import org.coreset4j.util.InvalidInputException;

/**
 * Settings of the built-in demo.
 *
 * @param scenes number of generated scenes
 * @param fraction the budget of every method
 * @param seeds evaluation seeds per row
 * @param seed seed of the scenes, the encoders and every method
 * @param out folder for report.html, results JSON and the manifest
 * @param cache folder where scenes and embeddings are kept between runs
 * @param clean clean scenes instead of the default noisy ones ({@link Corruption#NOISY})
 */
public record DemoOptions(int scenes, double fraction, int seeds, long seed, Path out, Path cache, boolean clean) {
  public static final int DEFAULT_SCENES = 2000;
  public static final double DEFAULT_FRACTION = 0.2;
  public static final int DEFAULT_SEEDS = 10;

  public DemoOptions {
    if (scenes < 100) {
      throw new InvalidInputException("--scenes " + scenes + " must be at least 100");
    }
    if (!(fraction > 0 && fraction < 1)) {
      throw new InvalidInputException("--fraction " + fraction + " must be in (0, 1)");
    }
    if (seeds < 1) {
      throw new InvalidInputException("--seeds " + seeds + " must be at least 1");
    }
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
