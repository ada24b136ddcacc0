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
 * output is identical for any thread count.
 */
public final class SceneGenerator {
  public static final int DEFAULT_SIZE = 64;
  public static final int MIN_SIZE = 8;
  public static final int MAX_SIZE = 1024;
  private static final int CHUNK = 32;

  private SceneGenerator() {}

  public static SceneSet generate(int count, long seed, int size, Parallel parallel) {
    return generate(count, seed, size, parallel, Progress.NONE);
  }

  /** Generates scenes 0 .. count-1 of the given seed at size x size pixels. */
  public static SceneSet generate(int count, long seed, int size, Parallel parallel, Progress progress) {
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
        List<SceneObject> layout = Layout.sample(rng);
        captions[i] = Caption.of(layout, rng);
        renderer.render(layout, i, rgb, mask, depth);
        System.arraycopy(SceneSet.countShapes(layout), 0, labels, 3 * i, 3);
        objects[i] = layout;
      }
      progress.advance(to - from);
    });
    progress.finish();
    return new SceneSet(size, rgb, mask, depth, labels, Arrays.asList(captions), Arrays.asList(objects));
  }
}
