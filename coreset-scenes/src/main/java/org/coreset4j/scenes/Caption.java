package org.coreset4j.scenes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Scene captions: every object ("a large red metal sphere, a small blue rubber cube and ...")
 * followed by {@link #RELATIONS} relations between random distinct pairs of objects, each one
 * sentence ("the large red metal sphere is left of the small blue rubber cube."). A relation
 * names the camera axis along which the pair differs most: left of / right of along the image's
 * horizontal axis, in front of (nearer the camera) / behind along the viewing axis.
 */
public final class Caption {
  static final int RELATIONS = 3;

  private Caption() {}

  static String of(List<SceneObject> objects, SplittableRandom rng) {
    return text(objects, pairs(objects.size(), rng));
  }

  /** The {@link #RELATIONS} distinct object pairs (a, b) that the relations of a caption name. */
  static int[] pairs(int objects, SplittableRandom rng) {
    int[] pairs = new int[2 * RELATIONS];
    Set<Long> used = new HashSet<>();
    while (used.size() < RELATIONS) {
      int a = rng.nextInt(objects);
      int b = rng.nextInt(objects);
      if (a != b && used.add((long) Math.min(a, b) * objects + Math.max(a, b))) {
        pairs[2 * used.size() - 2] = a;
        pairs[2 * used.size() - 1] = b;
      }
    }
    return pairs;
  }

  /** The caption of {@code objects} whose relations name the given pairs. */
  static String text(List<SceneObject> objects, int[] pairs) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < objects.size(); i++) {
      if (i > 0) {
        sb.append(i == objects.size() - 1 ? " and " : ", ");
      }
      sb.append("a ").append(objects.get(i).describe());
    }
    sb.append('.');
    for (int r = 0; r < pairs.length / 2; r++) {
      SceneObject oa = objects.get(pairs[2 * r]);
      SceneObject ob = objects.get(pairs[2 * r + 1]);
      sb.append(" the ").append(oa.describe()).append(" is ").append(relation(oa, ob))
          .append(" the ").append(ob.describe()).append('.');
    }
    return sb.toString();
  }

  /** How {@code a} stands relative to {@code b}, seen from the camera. */
  public static String relation(SceneObject a, SceneObject b) {
    Camera cam = Camera.DEFAULT;
    double across = cam.rightOf(a.x(), 0, a.z()) - cam.rightOf(b.x(), 0, b.z());
    double along = cam.depth(a.x(), 0, a.z()) - cam.depth(b.x(), 0, b.z());
    if (Math.abs(across) >= Math.abs(along)) {
      return across < 0 ? "left of" : "right of";
    }
    return along < 0 ? "in front of" : "behind";
  }
}
