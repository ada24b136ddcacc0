package org.coreset4j.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Shards read as one array, in their order, without a concatenated copy: each shard stays
 * memory-mapped (or decoded) on its own and {@link #readRows} reads across shard boundaries. Every
 * shard must have the first shard's dtype and row shape; the shapes' first dimensions add up.
 */
public final class ShardedTensor implements Tensor {
  private final Path path;
  private final String key;
  private final List<Tensor> shards;
  /** starts[s] is the first row of shard s; starts[shards] = N. */
  private final long[] starts;
  private final long[] shape;

  private ShardedTensor(Path path, String key, List<Tensor> shards) {
    this.path = path;
    this.key = key;
    this.shards = List.copyOf(shards);
    this.starts = new long[shards.size() + 1];
    Tensor first = shards.getFirst();
    long[] rowShape = Arrays.copyOfRange(first.shape(), 1, first.shape().length);
    for (int s = 0; s < shards.size(); s++) {
      Tensor t = shards.get(s);
      long[] own = t.shape();
      if (t.dtype() != first.dtype() || !Arrays.equals(Arrays.copyOfRange(own, 1, own.length), rowShape)) {
        throw InputErrors.invalid(t.path(), t.key(), "shard of shape " + Tensors.shapeString(own) + " "
            + Tensors.dtypeName(t.dtype()) + " does not match the first shard " + first.path() + " of shape "
            + Tensors.shapeString(first.shape()) + " " + Tensors.dtypeName(first.dtype())
            + "; every shard needs the same dtype and row shape");
      }
      starts[s + 1] = starts[s] + own[0];
    }
    this.shape = first.shape();
    this.shape[0] = starts[shards.size()];
    if (shape[0] > Integer.MAX_VALUE) {
      throw InputErrors.invalid(path, key, shards.size() + " shards hold " + shape[0]
          + " rows; at most 2^31-1 are supported");
    }
  }

  /**
   * Opens every shard with {@code opener} and reads them as one; on any error the shards opened so
   * far are closed again.
   */
  public static ShardedTensor open(Path path, String key, List<Path> files, BiFunction<Path, String, Tensor> opener) {
    List<Tensor> open = new ArrayList<>();
    try {
      for (Path f : files) {
        open.add(opener.apply(f, key));
      }
      return new ShardedTensor(path, key, open);
    } catch (RuntimeException | Error e) {
      open.forEach(Tensor::close);
      throw e;
    }
  }

  /** The shards, in order. */
  public List<Tensor> shards() {
    return shards;
  }

  @Override
  public Path path() {
    return path;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public DType dtype() {
    return shards.getFirst().dtype();
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  @Override
  public void readRows(int from, int count, float[] dst) {
    java.util.Objects.checkFromIndexSize(from, count, rows());
    int len = rowLength();
    int s = shardOf(from);
    int done = 0;
    float[] part = null;
    while (done < count) {
      int row = from + done;
      int local = (int) (row - starts[s]);
      int take = (int) Math.min(count - done, starts[s + 1] - row);
      if (done == 0 && take == count) {
        shards.get(s).readRows(local, take, dst);
        return;
      }
      if (part == null || part.length < take * len) {
        part = new float[take * len];
      }
      shards.get(s).readRows(local, take, part);
      System.arraycopy(part, 0, dst, done * len, take * len);
      done += take;
      s++;
    }
  }

  /** The shard holding {@code row}: the last shard starting at or before it (never an empty one). */
  private int shardOf(int row) {
    int lo = 0;
    int hi = shards.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= row) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  @Override
  public long fileSize() {
    return shards.stream().mapToLong(Tensor::fileSize).sum();
  }

  @Override
  public void close() {
    shards.forEach(Tensor::close);
  }

  @Override
  public String toString() {
    return InputErrors.label(path, key) + " (" + shards.size() + " shards) " + dtype() + Arrays.toString(shape);
  }
}
