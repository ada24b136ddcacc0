package org.coreset4j.embed;

import java.util.SplittableRandom;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.kernels.Blas;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * A frozen random-feature patch tokenizer, a training-free stand-in for a ViT encoder. An image of
 * size x size pixels is cut into non-overlapping p x p patches; each patch's p*p*C values x
 * (channels last) become the token sqrt(2/D) cos(W^T x + b), random Fourier features of a Gaussian
 * kernel of bandwidth sigma = {@value #BANDWIDTH} sqrt(p*p*C): W has N(0, 1/sigma^2) entries and
 * b is uniform in [0, 2 pi). After the (size/p)^2 patch tokens, in row-major patch order, comes
 * one global token: the same map, with its own W and b, of the image block-averaged down to a
 * p x p grid. So an image gives T = (size/p)^2 + 1 tokens of D values, e.g. 65 x 64 at 64 x 64
 * pixels with 8 x 8 patches. The weights depend only on the seed and the shapes.
 */
public final class RandomPatchEncoder {
  /** Kernel bandwidth per unit of sqrt(patch length), for values in [0, 1]. */
  public static final double BANDWIDTH = 0.25;
  private static final int CHUNK = 64;

  private final int patch;
  private final int dim;
  private final int channels;
  private final float[] patchWeights;
  private final float[] patchBias;
  private final float[] globalWeights;
  private final float[] globalBias;

  public RandomPatchEncoder(int channels, int patch, int dim, long seed) {
    this.patch = patch;
    this.dim = dim;
    this.channels = channels;
    int k = patch * patch * channels;
    SplittableRandom rng = new SplittableRandom(seed);
    double scale = 1 / (BANDWIDTH * Math.sqrt(k));
    patchWeights = gaussian(rng, k * dim, scale);
    patchBias = uniformPhase(rng, dim);
    globalWeights = gaussian(rng, k * dim, scale);
    globalBias = uniformPhase(rng, dim);
  }

  /** Tokens per image of the given size: (size/p)^2 patches plus the global token. */
  public int tokens(int size) {
    return (size / patch) * (size / patch) + 1;
  }

  /** Encodes every image into an (N, T, D) array, N rows of T*D values, token-major. */
  public EmbeddingArray encode(String name, ChannelImage images, Parallel parallel, Progress progress) {
    int size = images.size();
    if (images.channels() != channels) {
      throw new IllegalArgumentException("encoder for " + channels + " channels got " + images.channels());
    }
    if (size % patch != 0) {
      throw new InvalidInputException("--patch " + patch + ": must divide the image size " + size);
    }
    int n = images.count();
    int tokens = tokens(size);
    FloatMatrix out = FloatMatrix.allocate(n, tokens * dim);
    progress.start("embed " + name, n);
    parallel.forChunks(n, CHUNK, (chunk, from, to) -> {
      encodeChunk(images, from, to, out);
      progress.advance(to - from);
    });
    progress.finish();
    return new EmbeddingArray(name, out, new long[] {n, tokens, dim});
  }

  private void encodeChunk(ChannelImage images, int from, int to, FloatMatrix out) {
    int size = images.size();
    int grid = size / patch;
    int k = patch * patch * channels;
    int count = to - from;
    int patches = grid * grid;
    float[] pixels = new float[size * size * channels];
    float[] x = new float[count * patches * k];
    float[] g = new float[count * k];
    for (int s = 0; s < count; s++) {
      images.fill(from + s, pixels);
      cutPatches(pixels, size, x, s * patches * k, g, s * k);
    }
    float[] y = new float[count * patches * dim];
    float[] yg = new float[count * dim];
    Blas.sgemm(false, false, count * patches, dim, k, 1f, x, patchWeights, 0f, y);
    Blas.sgemm(false, false, count, dim, k, 1f, g, globalWeights, 0f, yg);
    float amplitude = (float) Math.sqrt(2.0 / dim);
    float[] row = new float[(patches + 1) * dim];
    for (int s = 0; s < count; s++) {
      for (int t = 0; t < patches; t++) {
        cosineFeatures(y, (s * patches + t) * dim, patchBias, amplitude, row, t * dim);
      }
      cosineFeatures(yg, s * dim, globalBias, amplitude, row, patches * dim);
      out.setRow(from + s, row);
    }
  }

  /**
   * Writes each p x p patch of the image (channels last) as one row of {@code x} from
   * {@code xAt}, and the image's p x p grid of block means as one row of {@code g} at {@code gAt}.
   */
  private void cutPatches(float[] pixels, int size, float[] x, int xAt, float[] g, int gAt) {
    int grid = size / patch;
    int k = patch * patch * channels;
    java.util.Arrays.fill(g, gAt, gAt + k, 0f);
    float blockScale = 1f / (grid * grid);
    for (int py = 0; py < size; py++) {
      for (int px = 0; px < size; px++) {
        int row = (py / patch) * grid + px / patch;
        int inPatch = ((py % patch) * patch + px % patch) * channels;
        int inBlock = ((py / grid) * patch + px / grid) * channels;
        for (int c = 0; c < channels; c++) {
          float v = pixels[(py * size + px) * channels + c];
          x[xAt + row * k + inPatch + c] = v;
          g[gAt + inBlock + c] += v * blockScale;
        }
      }
    }
  }

  private static void cosineFeatures(float[] proj, int at, float[] bias, float amplitude, float[] dst, int dstAt) {
    for (int d = 0; d < bias.length; d++) {
      dst[dstAt + d] = amplitude * (float) Math.cos(proj[at + d] + bias[d]);
    }
  }

  private static float[] gaussian(SplittableRandom rng, int len, double scale) {
    float[] w = new float[len];
    for (int i = 0; i < len; i++) {
      w[i] = (float) (rng.nextGaussian() * scale);
    }
    return w;
  }

  private static float[] uniformPhase(SplittableRandom rng, int len) {
    float[] b = new float[len];
    for (int i = 0; i < len; i++) {
      b[i] = (float) rng.nextDouble(0, 2 * Math.PI);
    }
    return b;
  }
}
