package org.coreset4j.scenes;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The changes behind each {@link CorruptionKind}, each drawn from the scene's own random stream. */
final class Corruptions {
  /** Largest move of a near duplicate's object along each ground axis. */
  static final double JITTER = 0.2;
  /** Largest turn of a near duplicate's object, in radians. */
  static final double TURN = 0.3;
  private static final int JITTER_TRIES = 20;
  /** Range of the noise's standard deviation on low-quality images, in 8-bit levels. */
  static final double MIN_NOISE = 6;
  static final double MAX_NOISE = 20;

  private Corruptions() {}

  /** The objects with one attribute (size, colour, material or shape) of one object changed. */
  static List<SceneObject> wrongAttribute(List<SceneObject> objects, SplittableRandom rng) {
    List<SceneObject> out = new ArrayList<>(objects);
    int i = rng.nextInt(objects.size());
    SceneObject o = objects.get(i);
    SceneObject changed = switch (rng.nextInt(4)) {
      case 0 -> new SceneObject(o.shape(), o.color(), o.material(), other(ObjectSize.values(), o.size(), rng),
          o.x(), o.z(), o.angle());
      case 1 -> new SceneObject(o.shape(), other(ObjectColor.values(), o.color(), rng), o.material(), o.size(),
          o.x(), o.z(), o.angle());
      case 2 -> new SceneObject(o.shape(), o.color(), other(Material.values(), o.material(), rng), o.size(),
          o.x(), o.z(), o.angle());
      default -> new SceneObject(other(Shape.values(), o.shape(), rng), o.color(), o.material(), o.size(),
          o.x(), o.z(), o.angle());
    };
    out.set(i, changed);
    return out;
  }

  /** A value of {@code values} other than {@code current}, uniformly. */
  private static <T> T other(T[] values, T current, SplittableRandom rng) {
    int pick = rng.nextInt(values.length - 1);
    return values[pick >= indexOf(values, current) ? pick + 1 : pick];
  }

  private static <T> int indexOf(T[] values, T value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    throw new IllegalArgumentException(value + " not among the values");
  }

  /**
   * The objects each moved by up to {@link #JITTER} along both ground axes and turned by up to
   * {@link #TURN}; a move that would leave the area or come closer than {@link Layout#MARGIN} to
   * another object is drawn again, and after a few tries the object stays where it was.
   */
  static List<SceneObject> jitter(List<SceneObject> objects, SplittableRandom rng) {
    List<SceneObject> out = new ArrayList<>(objects);
    for (int i = 0; i < out.size(); i++) {
      SceneObject o = out.get(i);
      for (int attempt = 0; attempt < JITTER_TRIES; attempt++) {
        double x = o.x() + rng.nextDouble(-JITTER, JITTER);
        double z = o.z() + rng.nextDouble(-JITTER, JITTER);
        double angle = o.angle() + rng.nextDouble(-TURN, TURN);
        SceneObject moved = new SceneObject(o.shape(), o.color(), o.material(), o.size(), x, z, angle);
        if (Math.abs(x) <= Layout.EXTENT && Math.abs(z) <= Layout.EXTENT && clearOfOthers(out, i, moved)) {
          out.set(i, moved);
          break;
        }
      }
    }
    return out;
  }

  private static boolean clearOfOthers(List<SceneObject> objects, int self, SceneObject moved) {
    for (int j = 0; j < objects.size(); j++) {
      if (j != self && !objects.get(j).clearOf(moved, Layout.MARGIN)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Degrades scene {@code scene} of {@code rgb} (size x size x 3) in place: a 3 x 3 box blur
   * (edges clamped), then Gaussian noise of a standard deviation drawn in [{@link #MIN_NOISE},
   * {@link #MAX_NOISE}] levels, rounded and clamped to [0, 255].
   */
  static void degrade(byte[] rgb, int scene, int size, SplittableRandom rng) {
    int base = 3 * scene * size * size;
    int[] src = new int[3 * size * size];
    for (int p = 0; p < src.length; p++) {
      src[p] = rgb[base + p] & 0xFF;
    }
    double sigma = rng.nextDouble(MIN_NOISE, MAX_NOISE);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        for (int c = 0; c < 3; c++) {
          int sum = 0;
          for (int dy = -1; dy <= 1; dy++) {
            int yy = Math.min(Math.max(y + dy, 0), size - 1);
            for (int dx = -1; dx <= 1; dx++) {
              int xx = Math.min(Math.max(x + dx, 0), size - 1);
              sum += src[3 * (yy * size + xx) + c];
            }
          }
          double v = sum / 9.0 + sigma * rng.nextGaussian();
          rgb[base + 3 * (y * size + x) + c] = (byte) Math.min(Math.max(Math.round(v), 0), 255);
        }
      }
    }
  }
}
