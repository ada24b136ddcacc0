package org.coreset4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.data.NdArray;
import org.coreset4j.io.NpyWriter;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code coreset align}: two modalities of different widths into one space of unit rows, all or nothing. */
class AlignCommandTest {
  private static final int N = 120;
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    return cl.execute(args);
  }

  private void write(String name, int rows, int cols, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian();
    }
    NpyWriter.write(dir.resolve(name), new NdArray(v, new long[] {rows, cols}));
  }

  @Test
  void writesUnitRowsOfBothModalitiesAndAManifest() throws Exception {
    write("img.npy", N, 10, 1);
    write("txt.npy", N, 7, 2);
    Path out = dir.resolve("shared");
    assertThat(run("align", "--quiet", "--input", "image=" + dir.resolve("img.npy"), "--input",
        "text=" + dir.resolve("txt.npy"), "--dim", "5", "--steps", "30", "--batch", "32", "--holdout", "0.2",
        "--out", out.toString())).as(err.toString()).isZero();
    for (String name : new String[] {"image.npy", "text.npy"}) {
      try (Tensor t = Tensors.open(out.resolve(name), null)) {
        FloatMatrix m = Tensors.readMatrix(t);
        assertThat(m.rows()).isEqualTo(N);
        assertThat(m.cols()).isEqualTo(5);
        for (int i = 0; i < N; i++) {
          double s = 0;
          for (int c = 0; c < 5; c++) {
            s += m.get(i, c) * m.get(i, c);
          }
          assertThat(s).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-5));
        }
      }
    }
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"align\"", "\"training_pairs\" : 96");
  }

  @Test
  void badInputEndsWithOneLineExitTwoAndNoOutput() {
    write("img.npy", N, 10, 1);
    write("short.npy", N - 1, 7, 2);
    Path out = dir.resolve("shared");
    assertThat(run("align", "--input", "image=" + dir.resolve("img.npy"), "--out", out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--input must be given twice");
    assertThat(run("align", "--input", "image=" + dir.resolve("img.npy"), "--input",
        "text=" + dir.resolve("short.npy"), "--out", out.toString())).isEqualTo(2);
    assertThat(run("align", "--input", "image=" + dir.resolve("img.npy"), "--input",
        "text=" + dir.resolve("img.npy"), "--holdout", "1", "--out", out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--holdout 1.0 must be in [0, 1)");
    assertThat(Files.exists(out)).isFalse();
  }
}
