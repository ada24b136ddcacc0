package org.coreset4j.embed;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * A transformer sentence encoder run with ONNX Runtime: WordPiece token ids (plus attention mask
 * and token type ids when the model takes them) in batches padded to their longest text; the first
 * output, (B, L, H) token states mean-pooled over the attention mask or (B, H) as is; then L2
 * normalisation. The built-in model is the quantised all-MiniLM-L6-v2 (384 dimensions) bundled
 * in the classpath with its tokenizer; no download happens.
 *
 * <p>Batches run concurrently on the {@link Parallel} threads, one ONNX Runtime thread each. A
 * quantised model rescales its activations per batch (dynamic quantisation), so padding changes
 * its output slightly: with the default batch of {@value #DEFAULT_BATCH} every text is embedded on
 * its own and its embedding depends on nothing else (not on the other texts nor the thread count).
 */
public final class OnnxTextEncoder implements AutoCloseable {
  static final String MINILM_MODEL = "/all-minilm-l6-v2-q.onnx";
  static final String MINILM_TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  /** Texts per model run. */
  public static final int DEFAULT_BATCH = 1;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;

  private OnnxTextEncoder(byte[] model, WordPieceTokenizer tokenizer, String source) {
    this.env = OrtEnvironment.getEnvironment();
    this.tokenizer = tokenizer;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      this.session = env.createSession(model, options);
    } catch (OrtException e) {
      throw new InvalidInputException(source + ": not a loadable ONNX model (" + e.getMessage() + ")", e);
    }
    if (!session.getInputNames().contains("input_ids")) {
      throw new InvalidInputException(source + ": a text model needs an 'input_ids' input, found "
          + session.getInputNames());
    }
  }

  /** The bundled all-MiniLM-L6-v2 with its tokenizer. */
  public static OnnxTextEncoder miniLm() {
    return new OnnxTextEncoder(resource(MINILM_MODEL), miniLmTokenizer(), "all-MiniLM-L6-v2");
  }

  /**
   * A user model; {@code tokenizerJson} is its WordPiece tokenizer.json, or null to use
   * all-MiniLM-L6-v2's (uncased BERT vocabulary).
   */
  public static OnnxTextEncoder of(Path model, Path tokenizerJson) {
    WordPieceTokenizer tok = miniLmTokenizer();
    if (tokenizerJson != null) {
      try (InputStream in = Files.newInputStream(tokenizerJson)) {
        tok = WordPieceTokenizer.fromJson(in, "--tokenizer " + tokenizerJson);
      } catch (IOException e) {
        throw new InvalidInputException("--tokenizer " + tokenizerJson + ": cannot read (" + e.getMessage() + ")", e);
      }
    }
    try {
      return new OnnxTextEncoder(Files.readAllBytes(model), tok, "--text-model " + model);
    } catch (IOException e) {
      throw new InvalidInputException("--text-model " + model + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private static WordPieceTokenizer miniLmTokenizer() {
    try (InputStream in = OnnxTextEncoder.class.getResourceAsStream(MINILM_TOKENIZER)) {
      return WordPieceTokenizer.fromJson(in, MINILM_TOKENIZER);
    } catch (IOException e) {
      throw new IllegalStateException("bundled tokenizer unreadable", e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = OnnxTextEncoder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + name, e);
    }
  }

  /** Unit-length embeddings of the texts, one row each, {@code batch} texts per model run. */
  public FloatMatrix encode(List<String> texts, int batch, Parallel parallel, Progress progress) {
    int n = texts.size();
    float[][][] batches = new float[Parallel.chunkCount(n, batch)][][];
    progress.start("embed text", n);
    parallel.forChunks(n, batch, (chunk, from, to) -> {
      batches[chunk] = encodeBatch(texts.subList(from, to));
      progress.advance(to - from);
    });
    progress.finish();
    FloatMatrix out = FloatMatrix.allocate(n, n == 0 ? 0 : batches[0][0].length);
    for (int c = 0; c < batches.length; c++) {
      for (int i = 0; i < batches[c].length; i++) {
        out.setRow(c * batch + i, batches[c][i]);
      }
    }
    return out;
  }

  private float[][] encodeBatch(List<String> texts) {
    int b = texts.size();
    int[][] ids = new int[b][];
    int len = 0;
    for (int i = 0; i < b; i++) {
      ids[i] = tokenizer.encode(texts.get(i));
      len = Math.max(len, ids[i].length);
    }
    long[] inputIds = new long[b * len];
    long[] attention = new long[b * len];
    java.util.Arrays.fill(inputIds, tokenizer.padId());
    for (int i = 0; i < b; i++) {
      for (int t = 0; t < ids[i].length; t++) {
        inputIds[i * len + t] = ids[i][t];
        attention[i * len + t] = 1;
      }
    }
    long[] shape = {b, len};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(inputIds), shape));
      if (session.getInputNames().contains("attention_mask")) {
        inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(attention), shape));
      }
      if (session.getInputNames().contains("token_type_ids")) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[b * len]), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        OnnxTensor first = (OnnxTensor) result.get(0);
        return Pooling.normalize(Pooling.meanPool(first.getFloatBuffer(), first.getInfo().getShape(), attention));
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed on a text batch", e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
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
