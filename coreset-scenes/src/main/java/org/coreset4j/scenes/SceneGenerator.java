package org.coreset4j.scenes;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.coreset4j.util.Seeds;

/**
 * Generates CLEVR-like scenes offline: 3 to 10 spheres, cubes and cylinders (8 colours, rubber or
 * metal, two sizes) on a ground plane under one light, ray-cast to an RGB image, a semantic mask
 * and a depth map, with object counts and a caption. Scene i depends only on (seed, i), so the
 * output is identical for any thread count. Optionally the set is made as noisy as web data
 * ({@link Corruption}), with the ground truth of what was done to each scene.
 */
public final class SceneGenerator {
  public static final int DEFAULT_SIZE = 64;
  public static final int MIN_SIZE = 8;
  public static final int MAX_SIZE = 1024;
  private static final int CHUNK = 32;
  /** Streams of {@link Seeds#derive} for the corruption plan and the long tail's concept ranking. */
  private static final long PLAN_STREAM = 0;
  private static final long CONCEPT_STREAM = 1;

  private SceneGenerator() {}

  public static SceneSet generate(int count, long seed, int size, Parallel parallel) {
    return generate(count, seed, size, parallel, Progress.NONE);
  }

  /** Generates scenes 0 .. count-1 of the given seed at size x size pixels. */
  public static SceneSet generate(int count, long seed, int size, Parallel parallel, Progress progress) {
    return generate(count, seed, size, Corruption.NONE, parallel, progress).scenes();
  }

  /**
   * Generates scenes 0 .. count-1 with web-like corruption (clean scenes for {@link Corruption#NONE}).
   * A seeded shuffle of the scene indices, drawn once, gives the first round(f * N) of it the
   * first corrupted kind, the next ones the second, and so on (in {@link CorruptionKind} order),
   * so each kind has exactly its count and no scene has two; each scene that copies (misaligned,
   * near or exact duplicate) gets a clean source scene drawn uniformly. Scene i then depends on
   * (seed, i) and that plan only: its layout and caption come first from its own stream as in a
   * clean set, and its corruption's draws follow from the same stream.
   */
  public static NoisySceneSet generate(int count, long seed, int size, Corruption corruption, Parallel parallel,
      Progress progress) {
    if (count < 1) {
      throw new InvalidInputException("--count " + count + ": must be at least 1");
    }
    if (size < MIN_SIZE || size > MAX_SIZE) {
      throw new InvalidInputException("--size " + size + ": must be in [" + MIN_SIZE + ", " + MAX_SIZE + "]");
    }
    if (3L * count * size * size > Integer.MAX_VALUE - 8) {
      throw new InvalidInputException("--count " + count + " at --size " + size
          + ": too many pixels for one set (count * size^2 * 3 must stay below 2^31)");
    }
    int[] kinds = new int[count];
    int[] sources = new int[count];
    plan(corruption.counts(count), new SplittableRandom(Seeds.derive(seed, PLAN_STREAM)), kinds, sources);
    Concepts concepts = corruption.longTail() == 0 ? null
        : Concepts.zipf(corruption.longTail(), new SplittableRandom(Seeds.derive(seed, CONCEPT_STREAM)));
    int pixels = size * size;
    byte[] rgb = new byte[3 * count * pixels];
    byte[] mask = new byte[count * pixels];
    float[] depth = new float[count * pixels];
    int[] labels = new int[3 * count];
    String[] captions = new String[count];
    @SuppressWarnings("unchecked")
    List<SceneObject>[] objects = new List[count];
    Renderer renderer = new Renderer(size);
    progress.start("scenes", count);
    parallel.forChunks(count, CHUNK, (chunk, from, to) -> {
      for (int i = from; i < to; i++) {
        SplittableRandom rng = new SplittableRandom(Seeds.scene(seed, i));
        List<SceneObject> layout = Layout.sample(rng, concepts);
        int[] pairs = Caption.pairs(layout.size(), rng);
        String caption = Caption.text(layout, pairs);
        CorruptionKind kind = CorruptionKind.of(kinds[i]);
        switch (kind) {
          case CLEAN, LOW_QUALITY -> { }
          case MISALIGNED -> {
            SplittableRandom source = new SplittableRandom(Seeds.scene(seed, sources[i]));
            List<SceneObject> other = Layout.sample(source, concepts);
            caption = Caption.text(other, Caption.pairs(other.size(), source));
          }
          case WRONG_ATTRIBUTE -> caption = Caption.text(Corruptions.wrongAttribute(layout, rng), pairs);
          case NEAR_DUPLICATE, DUPLICATE -> {
            SplittableRandom source = new SplittableRandom(Seeds.scene(seed, sources[i]));
            List<SceneObject> original = Layout.sample(source, concepts);
            int[] originalPairs = Caption.pairs(original.size(), source);
            layout = kind == CorruptionKind.DUPLICATE ? original : Corruptions.jitter(original, rng);
            caption = Caption.text(layout, originalPairs);
          }
        }
        captions[i] = caption;
        renderer.render(layout, i, rgb, mask, depth);
        if (kind == CorruptionKind.LOW_QUALITY) {
          Corruptions.degrade(rgb, i, size, rng);
        }
        System.arraycopy(SceneSet.countShapes(layout), 0, labels, 3 * i, 3);
        objects[i] = layout;
      }
      progress.advance(to - from);
    });
    progress.finish();
    SceneSet set = new SceneSet(size, rgb, mask, depth, labels, Arrays.asList(captions), Arrays.asList(objects));
    return new NoisySceneSet(set, new GroundTruth(corruption, kinds, sources,
        concepts == null ? null : concepts.probabilities()));
  }

  /**
   * Fills the kind ({@link CorruptionKind#code()}) and source of
   * every scene: a shuffle of the indices cut into runs of {@code counts} per corrupted kind, then
   * for each copying scene in index order a clean source drawn uniformly.
   */
  private static void plan(int[] counts, SplittableRandom rng, int[] kinds, int[] sources) {
    int n = kinds.length;
    Arrays.fill(sources, -1);
    if (counts[CorruptionKind.CLEAN.ordinal()] == n) {
      return;
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int at = 0;
    for (CorruptionKind kind : CorruptionKind.values()) {
      if (kind != CorruptionKind.CLEAN) {
        for (int c = 0; c < counts[kind.ordinal()]; c++) {
          kinds[order[at++]] = kind.code();
        }
      }
    }
    int[] clean = new int[counts[CorruptionKind.CLEAN.ordinal()]];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (kinds[i] == CorruptionKind.CLEAN.code()) {
        clean[k++] = i;
      }
    }
    for (int i = 0; i < n; i++) {
      if (CorruptionKind.of(kinds[i]).hasSource()) {
        sources[i] = clean[rng.nextInt(clean.length)];
      }
    }
  }
}
