package org.coreset4j.embed;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Map;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * A user's ONNX image model. Its first input gets float32 NCHW RGB batches normalised with the
 * ImageNet mean and standard deviation, bilinearly resized when the input has a fixed height and
 * width; its first output becomes one vector per image: (N, D) as is, (N, T, D) averaged over the
 * tokens, (N, C, h, w) averaged over h and w. No normalisation follows.
 */
public final class OnnxImageEncoder implements AutoCloseable {
  static final float[] MEAN = {0.485f, 0.456f, 0.406f};
  static final float[] STD = {0.229f, 0.224f, 0.225f};
  /** Images per model run. */
  public static final int DEFAULT_BATCH = 16;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final String input;
  private final long[] inputShape;

  private OnnxImageEncoder(Path model) {
    env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      session = env.createSession(model.toString(), options);
      Map.Entry<String, NodeInfo> first = session.getInputInfo().entrySet().iterator().next();
      input = first.getKey();
      inputShape = first.getValue().getInfo() instanceof TensorInfo t ? t.getShape() : new long[0];
    } catch (OrtException e) {
      throw new InvalidInputException("--image-model " + model + ": not a loadable ONNX model (" + e.getMessage() + ")", e);
    }
    if (inputShape.length != 4 || (inputShape[1] != 3 && inputShape[1] != -1)) {
      throw new InvalidInputException("--image-model " + model + ": first input '" + input + "' has shape "
          + java.util.Arrays.toString(inputShape) + "; expected (N, 3, H, W)");
    }
  }

  public static OnnxImageEncoder of(Path model) {
    return new OnnxImageEncoder(model);
  }

  /** Embeds every RGB image (values in [0, 1]) into an (N, D) array. */
  public EmbeddingArray encode(String name, ChannelImage images, int batch, Parallel parallel, Progress progress) {
    int n = images.count();
    int height = inputShape[2] > 0 ? (int) inputShape[2] : images.size();
    int width = inputShape[3] > 0 ? (int) inputShape[3] : images.size();
    float[][][] batches = new float[Parallel.chunkCount(n, batch)][][];
    progress.start("embed " + name, n);
    parallel.forChunks(n, batch, (chunk, from, to) -> {
      batches[chunk] = encodeBatch(images, from, to, height, width);
      progress.advance(to - from);
    });
    progress.finish();
    int dim = batches[0][0].length;
    FloatMatrix out = FloatMatrix.allocate(n, dim);
    for (int c = 0; c < batches.length; c++) {
      for (int i = 0; i < batches[c].length; i++) {
        out.setRow(c * batch + i, batches[c][i]);
      }
    }
    return new EmbeddingArray(name, out, new long[] {n, dim});
  }

  private float[][] encodeBatch(ChannelImage images, int from, int to, int height, int width) {
    int size = images.size();
    float[] pixels = new float[size * size * 3];
    float[] nchw = new float[(to - from) * 3 * height * width];
    for (int i = from; i < to; i++) {
      images.fill(i, pixels);
      resizeNormalized(pixels, size, nchw, (i - from) * 3 * height * width, height, width);
    }
    long[] shape = {to - from, 3, height, width};
    try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(nchw), shape);
        OrtSession.Result result = session.run(Map.of(input, tensor))) {
      OnnxTensor first = (OnnxTensor) result.get(0);
      return Pooling.meanPool(first.getFloatBuffer(), first.getInfo().getShape(), null);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed on an image batch", e);
    }
  }

  /**
   * Bilinear resampling (pixel centres aligned, edges clamped) of a size x size x 3 image to
   * height x width, normalised per channel, written channels first at {@code at}.
   */
  static void resizeNormalized(float[] hwc, int size, float[] out, int at, int height, int width) {
    for (int y = 0; y < height; y++) {
      double sy = Math.min(Math.max((y + 0.5) * size / height - 0.5, 0), size - 1);
      int y0 = (int) sy;
      int y1 = Math.min(y0 + 1, size - 1);
      double fy = sy - y0;
      for (int x = 0; x < width; x++) {
        double sx = Math.min(Math.max((x + 0.5) * size / width - 0.5, 0), size - 1);
        int x0 = (int) sx;
        int x1 = Math.min(x0 + 1, size - 1);
        double fx = sx - x0;
        for (int c = 0; c < 3; c++) {
          double top = hwc[(y0 * size + x0) * 3 + c] * (1 - fx) + hwc[(y0 * size + x1) * 3 + c] * fx;
          double bottom = hwc[(y1 * size + x0) * 3 + c] * (1 - fx) + hwc[(y1 * size + x1) * 3 + c] * fx;
          double v = top * (1 - fy) + bottom * fy;
          out[at + (c * height + y) * width + x] = (float) ((v - MEAN[c]) / STD[c]);
        }
      }
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }
}
