package org.coreset4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.fusion.Modality;
import org.coreset4j.fusion.ShardAlignment;
import org.coreset4j.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardedTensorTest {
  @TempDir Path dir;

  /** Shard s holds rows[s] rows of width 3 whose values count up from start. */
  private Path shards(String folder, String prefix, int... rows) throws Exception {
    Path d = Files.createDirectories(dir.resolve(folder));
    int start = 0;
    for (int s = 0; s < rows.length; s++) {
      float[] v = new float[rows[s] * 3];
      for (int i = 0; i < v.length; i++) {
        v[i] = start + i;
      }
      start += v.length;
      NpyWriter.write(d.resolve(prefix + s + ".npy"), FloatMatrix.of(v, rows[s], 3));
    }
    return d;
  }

  @Test
  void readsShardsInNaturalOrderAcrossBoundariesAndEmptyShards() throws Exception {
    // 12 shards so that natural order (…_2 before …_10) differs from string order
    int[] rows = {4, 0, 3, 5, 1, 2, 0, 6, 1, 1, 2, 3};
    Path d = shards("emb", "emb_", rows);
    try (Tensor t = Tensors.open(d, null)) {
      assertThat(t).isInstanceOf(ShardedTensor.class);
      assertThat(t.shape()).containsExactly(IntStream.of(rows).sum(), 3);
      float[] all = TestFiles.readAll(t);
      for (int i = 0; i < all.length; i++) {
        assertThat(all[i]).isEqualTo(i);
      }
      for (int from = 0; from < t.rows(); from++) {
        for (int count = 0; from + count <= t.rows(); count += 3) {
          float[] part = new float[count * 3];
          t.readRows(from, count, part);
          assertThat(part).containsExactly(Arrays.copyOfRange(all, from * 3, (from + count) * 3));
        }
      }
    }
  }

  @Test
  void aGlobNamesTheSameShards() throws Exception {
    Path d = shards("emb", "emb_", 2, 3, 4);
    try (Tensor a = Tensors.open(d, null); Tensor b = Tensors.open(d.resolve("emb_*.npy"), null)) {
      assertThat(TestFiles.readAll(b)).containsExactly(TestFiles.readAll(a));
      assertThat(((ShardedTensor) b).shards()).extracting(Tensor::path)
          .containsExactly(d.resolve("emb_0.npy"), d.resolve("emb_1.npy"), d.resolve("emb_2.npy"));
    }
  }

  @Test
  void naturalOrderComparesDigitRunsAsNumbers() {
    List<String> names = new java.util.ArrayList<>(List.of("a_10.npy", "a_2.npy", "a_1.npy", "b.npy", "a_02.npy"));
    names.sort(NaturalOrder.INSTANCE);
    assertThat(names).containsExactly("a_1.npy", "a_02.npy", "a_2.npy", "a_10.npy", "b.npy");
  }

  @Test
  void badShardSetsAreOneLineErrors() throws Exception {
    assertThatThrownBy(() -> Tensors.open(dir.resolve("none_*.npy"), null))
        .isInstanceOf(InvalidInputException.class).hasMessage(dir.resolve("none_*.npy") + ": matches no file");
    Path d = shards("mixed", "x_", 2, 2);
    NpyWriter.write(d.resolve("x_2.npy"), FloatMatrix.of(new float[4], 1, 4));
    assertThatThrownBy(() -> Tensors.open(d, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(d.resolve("x_2.npy") + ": shard of shape (1, 4) float32 does not match the first shard");
    Files.writeString(d.resolve("notes.safetensors"), "x");
    assertThatThrownBy(() -> Tensors.open(d, null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("folder mixes .npy and .safetensors files");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> Tensors.open(empty, null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("folder holds no");
  }

  @Test
  void modalitiesMustBeShardedAlike() throws Exception {
    Path a = shards("a", "a_", 3, 4);
    Path b = shards("b", "b_", 4, 3);
    Path c = shards("c", "c_", 3, 4);
    try (Tensor ta = Tensors.open(a, null); Tensor tb = Tensors.open(b, null); Tensor tc = Tensors.open(c, null)) {
      ShardAlignment.check(List.of(new Modality("a", ta), new Modality("c", tc)));
      assertThatThrownBy(() -> ShardAlignment.check(List.of(new Modality("a", ta), new Modality("b", tb))))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("--input b=" + b + ": shard 1 " + b.resolve("b_0.npy") + " has 4 rows but shard 1");
    }
  }

  @Test
  void manifestListsEveryShardWithItsHash() throws Exception {
    Path d = shards("emb", "emb_", 2, 3);
    try (Tensor t = Tensors.open(d, null)) {
      org.coreset4j.provenance.Manifest.Input full = org.coreset4j.provenance.Manifest.Input.of("x", t);
      assertThat(full.shards()).extracting(org.coreset4j.provenance.Manifest.Shard::rows).containsExactly(2L, 3L);
      assertThat(full.shards().get(1).hash()).isEqualTo(FileHashes.sha256(d.resolve("emb_1.npy")));
      assertThat(full.sha256()).isEqualTo(FileHashes.ofLines(List.of(FileHashes.sha256(d.resolve("emb_0.npy")),
          FileHashes.sha256(d.resolve("emb_1.npy")))));
      try (org.coreset4j.util.Parallel p = new org.coreset4j.util.Parallel(2)) {
        org.coreset4j.provenance.Manifest.Input quick =
            org.coreset4j.provenance.Manifest.Input.of("x", t, FileHashes.Mode.QUICK, p);
        assertThat(quick.sha256()).isNull();
        assertThat(quick.shards().get(0).hash()).isEqualTo(FileHashes.quick(d.resolve("emb_0.npy")));
        assertThat(org.coreset4j.provenance.Manifest.Input.of("x", t, FileHashes.Mode.NONE, p).shards().get(0).hash())
            .isNull();
      }
    }
  }
}
