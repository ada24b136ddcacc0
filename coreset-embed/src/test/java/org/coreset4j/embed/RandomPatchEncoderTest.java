package org.coreset4j.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.scenes.SceneGenerator;
import org.coreset4j.scenes.SceneSet;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RandomPatchEncoderTest {
  private static final EmbedOptions NO_TEXT = new EmbedOptions(8, 16, 5, false, 1, 1, null, null, null);
  private static SceneSet set;

  @BeforeAll
  static void scenes() {
    try (Parallel p = new Parallel(1)) {
      set = SceneGenerator.generate(70, 2, 32, p);
    }
  }

  private static Embeddings embed(int threads, EmbedOptions options) {
    try (Parallel p = new Parallel(threads)) {
      return Embeddings.ofScenes(set, options, p, Progress.NONE);
    }
  }

  @Test
  void tokensHaveTheDocumentedShapes() {
    Embeddings e = embed(1, NO_TEXT);
    assertThat(e.arrays()).extracting(EmbeddingArray::name).containsExactly("image", "mask");
    assertThat(e.get("image").shape()).containsExactly(70, 17, 16);
    assertThat(e.get("mask").shape()).containsExactly(70, 17, 16);
    assertThat(new RandomPatchEncoder(3, 8, 64, 0).tokens(64)).isEqualTo(65);
  }

  @Test
  void sameSeedGivesSameTokensForOneAndTwoThreads() {
    Embeddings one = embed(1, NO_TEXT);
    Embeddings two = embed(2, NO_TEXT);
    for (String m : new String[] {"image", "mask"}) {
      assertThat(two.get(m).values().toArray()).isEqualTo(one.get(m).values().toArray());
    }
    EmbedOptions otherSeed = new EmbedOptions(8, 16, 6, false, 1, 1, null, null, null);
    assertThat(embed(1, otherSeed).get("image").values().toArray()).isNotEqualTo(one.get("image").values().toArray());
  }

  @Test
  void tokensMatchAFloat64Reference() {
    int patch = 8;
    int dim = 16;
    int size = set.size();
    int k = patch * patch * 3;
    RandomPatchEncoder encoder = new RandomPatchEncoder(3, patch, dim, 11);
    EmbeddingArray tokens;
    try (Parallel p = new Parallel(1)) {
      tokens = encoder.encode("image", ChannelImage.rgb(set), p, Progress.NONE);
    }
    SplittableRandom rng = new SplittableRandom(11);
    double scale = 1 / (RandomPatchEncoder.BANDWIDTH * Math.sqrt(k));
    double[] w = new double[k * dim];
    double[] b = new double[dim];
    double[] wg = new double[k * dim];
    double[] bg = new double[dim];
    for (int i = 0; i < w.length; i++) w[i] = (float) (rng.nextGaussian() * scale);
    for (int i = 0; i < dim; i++) b[i] = (float) rng.nextDouble(0, 2 * Math.PI);
    for (int i = 0; i < wg.length; i++) wg[i] = (float) (rng.nextGaussian() * scale);
    for (int i = 0; i < dim; i++) bg[i] = (float) rng.nextDouble(0, 2 * Math.PI);
    int grid = size / patch;
    for (int scene : new int[] {0, 33, 69}) {
      float[] row = tokens.values().row(scene);
      for (int t = 0; t <= grid * grid; t++) {
        double[] x = new double[k];
        for (int y = 0; y < patch; y++) {
          for (int xx = 0; xx < patch; xx++) {
            for (int c = 0; c < 3; c++) {
              if (t < grid * grid) {
                int py = (t / grid) * patch + y;
                int px = (t % grid) * patch + xx;
                x[(y * patch + xx) * 3 + c] = pixel(scene, py, px, c);
              } else {
                double sum = 0;
                for (int dy = 0; dy < grid; dy++) {
                  for (int dx = 0; dx < grid; dx++) {
                    sum += pixel(scene, y * grid + dy, xx * grid + dx, c);
                  }
                }
                x[(y * patch + xx) * 3 + c] = sum / (grid * grid);
              }
            }
          }
        }
        double[] weights = t < grid * grid ? w : wg;
        double[] bias = t < grid * grid ? b : bg;
        for (int d = 0; d < dim; d++) {
          double proj = bias[d];
          for (int i = 0; i < k; i++) {
            proj += x[i] * weights[i * dim + d];
          }
          double expected = Math.sqrt(2.0 / dim) * Math.cos(proj);
          assertThat((double) row[t * dim + d]).as("scene %d token %d dim %d", scene, t, d)
              .isCloseTo(expected, within(2e-5));
        }
      }
    }
  }

  private static double pixel(int scene, int y, int x, int c) {
    int s = set.size();
    return (set.rgb()[((scene * s + y) * s + x) * 3 + c] & 0xFF) / 255.0;
  }

  @Test
  void rejectsAPatchThatDoesNotDivideTheImage() {
    EmbedOptions bad = new EmbedOptions(5, 16, 0, false, 1, 1, null, null, null);
    assertThatThrownBy(() -> embed(1, bad)).isInstanceOf(InvalidInputException.class).hasMessageContaining("--patch 5");
    assertThatThrownBy(() -> new EmbedOptions(8, 0, 0, false, 1, 1, null, null, null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--dim 0");
  }
}
