package org.coreset4j.scenes;

import java.util.List;

/**
 * N generated scenes of size x size pixels as flat row-major arrays (not copied; do not modify):
 * <ul>
 *   <li>{@code rgb}: uint8 [N, H, W, 3] (channels last, sRGB-like gamma);
 *   <li>{@code mask}: uint8 [N, H, W], the shape class of each pixel: 0 ground, 1 sphere, 2 cube,
 *       3 cylinder ({@link Shape#classId()});
 *   <li>{@code depth}: float32 [N, H, W], distance from the camera along its viewing axis to the
 *       surface seen at the pixel (every pixel sees the ground or an object);
 *   <li>{@code labels}: int32 [N, 3], object counts per shape (sphere, cube, cylinder);
 *   <li>{@code captions}: one caption per scene (see {@link Caption});
 *   <li>{@code objects}: the objects of each scene.
 * </ul>
 */
public record SceneSet(int size, byte[] rgb, byte[] mask, float[] depth, int[] labels,
    List<String> captions, List<List<SceneObject>> objects) {

  public SceneSet {
    int n = captions.size();
    long pixels = (long) n * size * size;
    if (rgb.length != 3 * pixels || mask.length != pixels || depth.length != pixels
        || labels.length != 3 * n || objects.size() != n) {
      throw new IllegalArgumentException("arrays do not fit " + n + " scenes of " + size + " x " + size);
    }
    captions = List.copyOf(captions);
    objects = List.copyOf(objects);
  }

  /** N, the number of scenes. */
  public int count() {
    return captions.size();
  }

  /** The object counts of scene i per {@link Shape} (sphere, cube, cylinder). */
  static int[] countShapes(List<SceneObject> objects) {
    int[] counts = new int[Shape.values().length];
    for (SceneObject o : objects) {
      counts[o.shape().ordinal()]++;
    }
    return counts;
  }
}
