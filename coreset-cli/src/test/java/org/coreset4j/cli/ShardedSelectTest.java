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
import org.coreset4j.io.TableColumn;
import org.coreset4j.io.Tables;
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
    List<String> random = new ArrayList<>(select(img.toString(), img.toString(), out, "--save-features",
        dir.resolve("f.npy").toString()));
    random.set(random.indexOf("kcenter"), "random");
    assertThat(run(random)).isEqualTo(2);
    assertThat(err.toString()).contains("--save-features: --method random reads no feature values");
    assertThat(run(select(img.toString(), img.toString(), img.resolve("sel.npy")))).isEqualTo(2);
    assertThat(err.toString()).contains("lies in the input folder");
    assertThat(err.toString().strip().lines()).hasSize(1);
    assertThat(out).doesNotExist();
    assertThat(img.resolve("sel.npy")).doesNotExist();
  }

  /** A Parquet table of the given columns. */
  private static void table(Path path, TableColumn... columns) {
    Tables.of(path, "test").write(path, List.of(columns));
  }

  private static TableColumn strings(String name, int from, int count, String prefix) {
    return new TableColumn(name, TableColumn.Type.STRING,
        java.util.stream.IntStream.range(from, from + count).mapToObj(i -> (Object) (prefix + i)).toList());
  }

  @Test
  void clipRetrievalLayoutWritesIdsAndKeptMetadataAsParquet() throws Exception {
    Path root = Files.createDirectories(dir.resolve("clip"));
    Files.move(shards("img_emb", 8, 1), root.resolve("img_emb"));
    Files.move(shards("text_emb", 5, 2), root.resolve("text_emb"));
    Path meta = Files.createDirectories(root.resolve("metadata"));
    int at = 0;
    for (int s = 0; s < SHARD_ROWS.length; s++) {
      table(meta.resolve("metadata_" + s + ".parquet"), strings("url", at, SHARD_ROWS[s], "http://x/"),
          strings("caption", at, SHARD_ROWS[s], "a photo "));
      at += SHARD_ROWS[s];
    }
    Path one = dir.resolve("one.npy");
    assertThat(run(select(dir.resolve("img_emb.npy").toString(), dir.resolve("text_emb.npy").toString(), one)))
        .as(err.toString()).isZero();
    Path out = dir.resolve("sel.parquet");
    assertThat(run(List.of("select", "--quiet", "--layout", "clip-retrieval", root.toString(), "--method", "kcenter",
        "--size", "12", "--keep-columns", "url,caption", "--out", out.toString()))).as(err.toString()).isZero();
    List<TableColumn> got = Tables.of(out, "test").read(out, List.of("index", "url", "caption"),
        java.util.stream.IntStream.range(0, 12).toArray());
    long[] chosen = Arrays.stream(Tensors.readVector(one, null)).mapToLong(v -> (long) v).toArray();
    assertThat(got.get(0).values()).containsExactlyElementsOf(Arrays.stream(chosen).boxed().map(v -> (Object) v).toList());
    assertThat(got.get(1).values()).containsExactlyElementsOf(
        Arrays.stream(chosen).mapToObj(v -> (Object) ("http://x/" + v)).toList());
    assertThat(Manifest.fromJson(Files.readString(dir.resolve("sel.json"))).options())
        .containsEntry("layout", "clip-retrieval " + root).containsEntry("keep_columns", List.of("url", "caption"));
    assertThat(run(List.of("select", "--quiet", "--layout", "clip-retrieval", root.toString(), "--method", "random",
        "--size", "12", "--keep-columns", "nope", "--out", dir.resolve("bad.parquet").toString()))).isEqualTo(2);
    assertThat(err.toString()).contains("metadata_0.parquet:nope: no column nope for --keep-columns");
    assertThat(dir.resolve("bad.parquet")).doesNotExist();
  }

  @Test
  void dataCompLayoutWritesTheResharderUidFormat() throws Exception {
    Path pool = Files.createDirectories(dir.resolve("pool").resolve("metadata"));
    SplittableRandom r = new SplittableRandom(9);
    int n = 0;
    List<String> uids = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      int rows = 20 + 5 * s;
      float[] img = new float[rows * 6];
      float[] txt = new float[rows * 6];
      for (int i = 0; i < img.length; i++) {
        img[i] = (float) r.nextGaussian();
        txt[i] = (float) r.nextGaussian();
      }
      org.coreset4j.io.NpzWriter.write(pool.resolve(String.format("%08d.npz", s)), java.util.Map.of(
          "l14_img", new org.coreset4j.data.NdArray(img, new long[] {rows, 6}),
          "l14_txt", new org.coreset4j.data.NdArray(txt, new long[] {rows, 6})));
      List<Object> column = new ArrayList<>();
      for (int i = 0; i < rows; i++) {
        String uid = String.format("%016x%016x", r.nextLong(), r.nextLong());
        uids.add(uid);
        column.add(uid);
      }
      table(pool.resolve(String.format("%08d.parquet", s)), new TableColumn("uid", TableColumn.Type.STRING, column),
          strings("text", n, rows, "caption "));
      n += rows;
    }
    Path out = dir.resolve("subset.npy");
    assertThat(run(List.of("select", "--quiet", "--layout", "datacomp", dir.resolve("pool").toString(), "--normalize",
        "l2", "--method", "random", "--size", "10", "--out", out.toString()))).as(err.toString()).isZero();
    SampleIds got = IdReaders.read(out, null);
    assertThat(got.kind()).isEqualTo(SampleIds.Kind.UID128);
    List<String> ids = java.util.stream.IntStream.range(0, 10).mapToObj(got::text).toList();
    assertThat(ids).isSorted().allMatch(uids::contains);
  }
}
