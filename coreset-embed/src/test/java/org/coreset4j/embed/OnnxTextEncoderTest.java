package org.coreset4j.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxTextEncoderTest {
  private static final List<String> TEXTS = List.of(
      "a large red metal sphere left of a small blue rubber cube.",
      "a big red shiny ball to the left of a little blue matte cube.",
      "the stock market fell sharply on tuesday after the earnings report.",
      "Café déjà-vu: naïve résumé, 東京 (Tokyo)!",
      "a small gray rubber cylinder, a large yellow metal cube and a small green rubber sphere. "
          + "the small gray rubber cylinder is behind the large yellow metal cube.");
  private static OnnxTextEncoder encoder;
  private static FloatMatrix embeddings;

  @BeforeAll
  static void encode() {
    encoder = OnnxTextEncoder.miniLm();
    try (Parallel p = new Parallel(2)) {
      embeddings = encoder.encode(TEXTS, OnnxTextEncoder.DEFAULT_BATCH, p, Progress.NONE);
    }
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (double) a[i] * b[i];
    }
    return s;
  }

  @Test
  void givesUnitVectorsOf384Dimensions() {
    assertThat(embeddings.rows()).isEqualTo(TEXTS.size());
    assertThat(embeddings.cols()).isEqualTo(384);
    for (int i = 0; i < TEXTS.size(); i++) {
      assertThat(dot(embeddings.row(i), embeddings.row(i))).isCloseTo(1, within(1e-5));
    }
  }

  @Test
  void similarCaptionsAreCloserThanUnrelatedText() {
    double similar = dot(embeddings.row(0), embeddings.row(1));
    double unrelated = dot(embeddings.row(0), embeddings.row(2));
    assertThat(similar).isGreaterThan(0.6).isGreaterThan(unrelated + 0.4);
  }

  @Test
  void matchesTheLangchain4jReferenceEmbedding() {
    AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
    for (int i = 0; i < TEXTS.size(); i++) {
      float[] expected = reference.embed(TextSegment.from(TEXTS.get(i))).content().vector();
      assertThat(dot(embeddings.row(i), expected)).as(TEXTS.get(i)).isGreaterThan(0.9999);
    }
  }

  @Test
  void oneThreadGivesTheSameEmbeddingsAndPaddedBatchesStayClose() {
    try (Parallel p = new Parallel(1)) {
      assertThat(encoder.encode(TEXTS, OnnxTextEncoder.DEFAULT_BATCH, p, Progress.NONE).toArray())
          .isEqualTo(embeddings.toArray());
      FloatMatrix batched = encoder.encode(TEXTS, 3, p, Progress.NONE);
      for (int i = 0; i < TEXTS.size(); i++) {
        assertThat(dot(batched.row(i), embeddings.row(i))).isGreaterThan(0.98);
      }
    }
  }
}
