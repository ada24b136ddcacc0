package org.coreset4j.scenes;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random object layouts: 3 to 10 objects of random shape, colour, material and size at uniform
 * ground positions, placed by rejection sampling so that no two footprints come closer than
 * {@link #MARGIN}. Shape and colour are uniform, or follow a {@link Concepts} table for a
 * long-tailed set.
 */
final class Layout {
  static final int MIN_OBJECTS = 3;
  static final int MAX_OBJECTS = 10;
  /** Objects stand within [-EXTENT, EXTENT] on both ground axes. */
  static final double EXTENT = 2.9;
  /** Smallest gap between two footprints. */
  static final double MARGIN = 0.15;
  private static final int TRIES_PER_OBJECT = 100;

  private Layout() {}

  /** A layout of non-overlapping objects drawn from {@code rng}. */
  static List<SceneObject> sample(SplittableRandom rng) {
    return sample(rng, null);
  }

  /** A layout whose shape and colour combinations follow {@code concepts} (uniform when null). */
  static List<SceneObject> sample(SplittableRandom rng, Concepts concepts) {
    int n = MIN_OBJECTS + rng.nextInt(MAX_OBJECTS - MIN_OBJECTS + 1);
    while (true) {
      List<SceneObject> placed = place(n, rng, concepts);
      if (placed != null) {
        return placed;
      }
    }
  }

  /** Places n objects one by one; null when one of them found no free spot (start over). */
  private static List<SceneObject> place(int n, SplittableRandom rng, Concepts concepts) {
    List<SceneObject> placed = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      SceneObject next = null;
      for (int attempt = 0; attempt < TRIES_PER_OBJECT && next == null; attempt++) {
        SceneObject candidate = draw(rng, concepts);
        if (placed.stream().allMatch(o -> o.clearOf(candidate, MARGIN))) {
          next = candidate;
        }
      }
      if (next == null) {
        return null;
      }
      placed.add(next);
    }
    return placed;
  }

  private static SceneObject draw(SplittableRandom rng, Concepts concepts) {
    Shape shape;
    ObjectColor color;
    if (concepts == null) {
      shape = pick(Shape.values(), rng);
      color = pick(ObjectColor.values(), rng);
    } else {
      int concept = concepts.draw(rng);
      shape = Concepts.shape(concept);
      color = Concepts.color(concept);
    }
    return new SceneObject(shape, color,
        pick(Material.values(), rng), pick(ObjectSize.values(), rng),
        rng.nextDouble(-EXTENT, EXTENT), rng.nextDouble(-EXTENT, EXTENT),
        rng.nextDouble(0, Math.PI / 2));
  }

  private static <T> T pick(T[] values, SplittableRandom rng) {
    return values[rng.nextInt(values.length)];
  }
}
