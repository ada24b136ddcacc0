package org.coreset4j.embed;

import org.coreset4j.scenes.SceneSet;
import org.coreset4j.scenes.Shape;

/** N square images of C float channels each, read one image at a time. */
public interface ChannelImage {
  int count();

  int size();

  int channels();

  /** Writes image i as size x size x channels values (channels last) into {@code dst}. */
  void fill(int i, float[] dst);

  /** The scenes' RGB images with values in [0, 1]. */
  static ChannelImage rgb(SceneSet set) {
    return new ChannelImage() {
      public int count() {
        return set.count();
      }

      public int size() {
        return set.size();
      }

      public int channels() {
        return 3;
      }

      public void fill(int i, float[] dst) {
        int len = 3 * set.size() * set.size();
        for (int k = 0; k < len; k++) {
          dst[k] = (set.rgb()[i * len + k] & 0xFF) / 255f;
        }
      }
    };
  }

  /** The scenes' semantic masks one-hot encoded: channel c is 1 where the mask class is c. */
  static ChannelImage oneHotMask(SceneSet set) {
    int classes = Shape.values().length + 1;
    return new ChannelImage() {
      public int count() {
        return set.count();
      }

      public int size() {
        return set.size();
      }

      public int channels() {
        return classes;
      }

      public void fill(int i, float[] dst) {
        int pixels = set.size() * set.size();
        java.util.Arrays.fill(dst, 0, pixels * classes, 0f);
        for (int p = 0; p < pixels; p++) {
          dst[p * classes + set.mask()[i * pixels + p]] = 1f;
        }
      }
    };
  }
}
