package org.coreset4j.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coreset4j.scenes.SceneGenerator;
import org.coreset4j.scenes.SceneSet;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxImageEncoderTest {
  @TempDir Path tmp;

  @Test
  void globalAveragePoolModelGivesTheNormalisedChannelMeans() throws IOException {
    Path model = tmp.resolve("gap.onnx");
    Files.write(model, globalAveragePoolModel(16));
    SceneSet set;
    EmbeddingArray out;
    try (Parallel p = new Parallel(2)) {
      set = SceneGenerator.generate(5, 1, 32, p);
      try (OnnxImageEncoder encoder = OnnxImageEncoder.of(model)) {
        out = encoder.encode("image", ChannelImage.rgb(set), 2, p, Progress.NONE);
      }
    }
    assertThat(out.shape()).containsExactly(5, 3);
    int s = set.size();
    for (int i = 0; i < 5; i++) {
      for (int c = 0; c < 3; c++) {
        double sum = 0;
        for (int px = 0; px < s * s; px++) {
          sum += (set.rgb()[(i * s * s + px) * 3 + c] & 0xFF) / 255.0;
        }
        double expected = (sum / (s * s) - OnnxImageEncoder.MEAN[c]) / OnnxImageEncoder.STD[c];
        assertThat((double) out.values().get(i, c)).isCloseTo(expected, within(1e-4));
      }
    }
  }

  /**
   * A one-node ONNX model, y = GlobalAveragePool(x) with x float[n, 3, side, side], written as
   * protobuf by hand (ModelProto: ir_version 1, graph 7, opset_import 8).
   */
  private static byte[] globalAveragePoolModel(int side) {
    byte[] node = concat(str(1, "x"), str(2, "y"), str(4, "GlobalAveragePool"));
    byte[] graph = concat(msg(1, node), str(2, "g"),
        msg(11, valueInfo("x", new Object[] {"n", 3L, (long) side, (long) side})),
        msg(12, valueInfo("y", new Object[] {"n", 3L, 1L, 1L})));
    byte[] opset = concat(str(1, ""), varintField(2, 13));
    return concat(varintField(1, 8), msg(7, graph), msg(8, opset));
  }

  private static byte[] valueInfo(String name, Object[] dims) {
    ByteArrayOutputStream shape = new ByteArrayOutputStream();
    for (Object d : dims) {
      shape.writeBytes(msg(1, d instanceof String p ? str(2, p) : varintField(1, (Long) d)));
    }
    byte[] tensor = concat(varintField(1, 1), msg(2, shape.toByteArray()));
    return concat(str(1, name), msg(2, msg(1, tensor)));
  }

  private static byte[] varintField(int field, long value) {
    return concat(varint(field << 3), varint(value));
  }

  private static byte[] str(int field, String s) {
    return msg(field, s.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] msg(int field, byte[] body) {
    return concat(varint(field << 3 | 2), varint(body.length), body);
  }

  private static byte[] varint(long v) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while ((v & ~0x7FL) != 0) {
      out.write((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write((int) v);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
