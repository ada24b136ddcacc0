package org.coreset4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.io.IdReaders;
import org.coreset4j.io.NpyWriter;
import org.coreset4j.io.SampleIds;
import org.coreset4j.io.Tensors;
import org.coreset4j.provenance.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code coreset select} on sharded inputs with sample ids: the same samples as one file, written as ids. */
class ShardedSelectTest {
  private static final int[] SHARD_ROWS = {40, 0, 35, 55, 20};
  @TempDir Path dir;
  private StringWriter err;

  private int run(List<String> args) {
    err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    return cl.execute(args.toArray(String[]::new));
  }

  /** Shards of width {@code width} in {@code dir/name}, and the same rows as one file {@code name.npy}. */
  private Path shards(String name, int width, long seed) throws Exception {
    Path d = Files.createDirectories(dir.resolve(name));
    SplittableRandom r = new SplittableRandom(seed);
    int n = Arrays.stream(SHARD_ROWS).sum();
    float[] all = new float[n * width];
    for (int i = 0; i < all.length; i++) {
      all[i] = (float) r.nextGaussian();
    }
    int at = 0;
    for (int s = 0; s < SHARD_ROWS.length; s++) {
      float[] part = Arrays.copyOfRange(all, at * width, (at + SHARD_ROWS[s]) * width);
      NpyWriter.write(d.resolve(name + "_" + s + ".npy"), FloatMatrix.of(part, SHARD_ROWS[s], width));
      at += SHARD_ROWS[s];
    }
    NpyWriter.write(dir.resolve(name + ".npy"), FloatMatrix.of(all, n, width));
    return d;
  }

  private List<String> select(String image, String text, Path out, String... extra) {
    List<String> a = new ArrayList<>(List.of("select", "--quiet", "--input", "image=" + image, "--input",
        "text=" + text, "--method", "kcenter", "--size", "12", "--out", out.toString()));
    a.addAll(List.of(extra));
    return a;
  }

  @Test
  void shardsSelectTheSameSamplesAsOneFileAndWriteTheirIds() throws Exception {
    Path img = shards("img_emb", 8, 1);
    Path txt = shards("text_emb", 5, 2);
    Path one = dir.resolve("one.npy");
    assertThat(run(select(dir.resolve("img_emb.npy").toString(), dir.resolve("text_emb.npy").toString(), one)))
        .as(err.toString()).isZero();
    Path sharded = dir.resolve("sharded.npy");
    assertThat(run(select(img.toString(), txt.resolve("*.npy").toString(), sharded, "--hash", "quick")))
        .as(err.toString()).isZero();
    assertThat(Tensors.readVector(sharded, null)).containsExactly(Tensors.readVector(one, null));
    Manifest m = Manifest.fromJson(Files.readString(dir.resolve("sharded.json")));
    assertThat(m.inputs().get(0).shards()).hasSize(SHARD_ROWS.length);
    assertThat(m.inputs().get(0).quickSha256()).hasSize(64);
    assertThat(m.options()).containsEntry("hash", "quick");

    int n = Arrays.stream(SHARD_ROWS).sum();
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\": \"sample-").append(i).append("\", \"image\": \"x.jpg\"}");
    }
    Path ids = Files.writeString(dir.resolve("llava.json"), json.append("]").toString());
    Path out = dir.resolve("ids.txt");
    assertThat(run(select(img.toString(), txt.toString(), out, "--ids", ids.toString()))).as(err.toString()).isZero();
    List<String> expected = Arrays.stream(Tensors.readVector(one, null)).mapToObj(v -> "sample-" + (long) v).toList();
    assertThat(Files.readAllLines(out)).containsExactlyElementsOf(expected);
    assertThat(Manifest.fromJson(Files.readString(dir.resolve("ids.json"))).options()).containsEntry("id_type", "string");
    Path npy = dir.resolve("ids.npy");
    assertThat(run(select(img.toString(), txt.toString(), npy, "--ids", ids.toString()))).isZero();
    SampleIds back = IdReaders.read(npy, null);
    assertThat(java.util.stream.IntStream.range(0, back.size()).mapToObj(back::text).toList())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void badShardsAndIdsAreOneLineWithExitTwoAndNoOutput() throws Exception {
    Path img = shards("img_emb", 8, 1);
    Path out = dir.resolve("sel.npy");
    Path other = Files.createDirectories(dir.resolve("other"));
    NpyWriter.write(other.resolve("t_0.npy"), FloatMatrix.of(new float[150 * 2], 150, 2));
    assertThat(run(select(img.toString(), other.toString(), out))).isEqualTo(2);
    assertThat(err.toString()).contains("t_0.npy has 150 rows but shard 1 of --input image=" + img);
    assertThat(run(select(img.toString(), dir.resolve("none_*.npy").toString(), out))).isEqualTo(2);
    assertThat(err.toString()).contains("matches no file");
    Path dup = Files.writeString(dir.resolve("dup.txt"), "a\n".repeat(150));
    assertThat(run(select(img.toString(), img.toString(), out, "--ids", dup.toString()))).isEqualTo(2);
    assertThat(err.toString()).contains("id a appears at rows 0 and 1");
    Path few = Files.writeString(dir.resolve("few.txt"), "a\nb\n");
    assertThat(run(select(img.toString(), img.toString(), out, "--ids", few.toString()))).isEqualTo(2);
    assertThat(err.toString()).contains("holds 2 ids but --input image=" + img + " has 150 rows");
    assertThat(run(select(img.toString(), img.toString(), out, "--keep-columns", "url"))).isEqualTo(2);
    assertThat(err.toString()).contains("--keep-columns needs a table output");
    assertThat(run(select(img.toString(), img.toString(), img.resolve("sel.npy")))).isEqualTo(2);
    assertThat(err.toString()).contains("lies in the input folder");
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(out).doesNotExist();
    assertThat(img.resolve("sel.npy")).doesNotExist();
  }
}
