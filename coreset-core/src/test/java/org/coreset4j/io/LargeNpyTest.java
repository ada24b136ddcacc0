package org.coreset4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coreset4j.io.TestFiles.dict;
import static org.coreset4j.io.TestFiles.npy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sparse npy file over 2 GiB: mapped, never loaded, read correctly at its very end. */
class LargeNpyTest {
  private static final int D = 256;
  private static final int N = (int) ((1L << 31) / (D * Float.BYTES)) + 1000;

  @TempDir Path dir;

  private static byte[] row(int r) {
    ByteBuffer b = ByteBuffer.allocate(D * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (int c = 0; c < D; c++) {
      b.putFloat(r + c / 1000f);
    }
    return b.array();
  }

  @Test
  void readsRowsNearTheEndOfAFileBeyondTwoGiB() throws IOException {
    Path p = dir.resolve("big.npy");
    byte[] header = npy(dict("<f4", "(" + N + ", " + D + ")"), new byte[0]);
    long rowBytes = (long) D * Float.BYTES;
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(header.length + N * rowBytes);
      f.write(header);
      f.write(row(0));
      for (int r : new int[] {N - 2, N - 1}) {
        f.seek(header.length + r * rowBytes);
        f.write(row(r));
      }
    }
    long heapBefore = usedHeap();
    try (Tensor t = Tensors.open(p, null)) {
      assertThat(t.fileSize()).isGreaterThan(1L << 31);
      assertThat(t.shape()).containsExactly(N, D);
      float[] rows = new float[3 * D];
      t.readRows(N - 3, 3, rows);
      for (int c = 0; c < D; c++) {
        assertThat(rows[c]).isZero();
        assertThat(rows[D + c]).isEqualTo(N - 2 + c / 1000f);
        assertThat(rows[2 * D + c]).isEqualTo(N - 1 + c / 1000f);
      }
      float[] first = new float[D];
      t.readRows(0, 1, first);
      assertThat(first[5]).isEqualTo(5 / 1000f);
      assertThat(usedHeap() - heapBefore).isLessThan(256L << 20);
    }
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
