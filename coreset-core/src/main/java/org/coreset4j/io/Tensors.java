package org.coreset4j.io;

import org.coreset4j.data.FloatMatrix;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Opens input arrays by file extension: {@code .npy}, {@code .npz} (key = array name),
 * {@code .safetensors} (key = tensor name) and {@code .parquet} (key = column of float lists; read
 * by the {@code coreset-parquet} module, a {@link TensorFormat} found on the classpath).
 * Where the key is null and the file holds exactly one array, that array is used. Every problem
 * with the file is an {@link org.coreset4j.util.InvalidInputException} whose one-line message names
 * the file and key.
 */
public final class Tensors {
  /** The extensions {@link #open} understands. */
  public static final String EXTENSIONS = ".npy, .npz, .safetensors, .parquet";
  private static final String PARQUET = ".parquet";

  private Tensors() {}

  /**
   * Opens {@code key} of {@code path} (null: the file's only array); the caller closes it. A folder
   * or a glob opens its files as one {@link ShardedTensor} ({@link Shards}).
   */
  public static Tensor open(Path path, String key) {
    if (Shards.isSharded(path)) {
      return ShardedTensor.open(path, key, Shards.list(path, key, extensionSet()), Tensors::openFile);
    }
    return openFile(path, key);
  }

  private static Tensor openFile(Path path, String key) {
    String name = lowerCaseName(path);
    if (name.endsWith(".npy")) {
      return NpyTensor.open(path, key);
    }
    if (name.endsWith(".npz")) {
      return NpzTensor.open(path, key);
    }
    if (name.endsWith(".safetensors")) {
      return SafetensorsTensor.open(path, key);
    }
    for (TensorFormat format : Plugins.FORMATS) {
      if (name.endsWith(format.extension())) {
        return format.open(path, key);
      }
    }
    if (name.endsWith(PARQUET)) {
      MappedFile.checkReadable(path, key);
      throw InputErrors.invalid(path, key, "reading .parquet files needs the coreset-parquet module"
          + " (org.coreset4j:coreset-parquet) on the classpath");
    }
    throw InputErrors.invalid(path, key, "unknown file type; use one of " + extensions());
  }

  /** The extensions {@link #open} reads, lower case with the dot. */
  static java.util.Set<String> extensionSet() {
    java.util.Set<String> all = new java.util.TreeSet<>(Arrays.asList(EXTENSIONS.split(", ")));
    Plugins.FORMATS.forEach(f -> all.add(f.extension()));
    return all;
  }

  /** {@link #EXTENSIONS} and the extensions of any other {@link TensorFormat} on the classpath. */
  static String extensions() {
    StringBuilder all = new StringBuilder(EXTENSIONS);
    for (TensorFormat format : Plugins.FORMATS) {
      if (!Arrays.asList(EXTENSIONS.split(", ")).contains(format.extension())) {
        all.append(", ").append(format.extension());
      }
    }
    return all.toString();
  }

  /** The {@link TensorFormat}s on the classpath, loaded on first use. */
  private static final class Plugins {
    static final List<TensorFormat> FORMATS = ServiceLoader.load(TensorFormat.class,
        TensorFormat.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
  }

  /** A 1-D array of N values, such as per-sample scores, as float64; (N, 1) is accepted too. */
  public static double[] readVector(Path path, String key) {
    try (Tensor t = open(path, key)) {
      long[] shape = t.shape();
      if (shape.length > 2 || t.rowLength() != 1) {
        throw InputErrors.invalid(path, t.key(), "shape " + shapeString(shape)
            + " is not a vector; expected shape (N)");
      }
      double[] values = new double[t.rows()];
      if (t instanceof SegmentTensor s) {
        s.readRows(0, values.length, values);
      } else {
        float[] f = new float[values.length];
        t.readRows(0, f.length, f);
        Arrays.setAll(values, i -> f[i]);
      }
      return values;
    }
  }

  /**
   * Forgetting events: an (N, E) array of 0/1 values, one column per epoch (1 = the sample was
   * classified correctly in that epoch). Any other value is an error naming the first bad row.
   */
  public static byte[][] readEvents(Path path) {
    try (Tensor t = open(path, null)) {
      long[] shape = t.shape();
      if (shape.length != 2) {
        throw InputErrors.invalid(path, null, "shape " + shapeString(shape)
            + " is not (N, E): one row of 0/1 events per sample, one column per epoch");
      }
      int n = t.rows();
      int e = t.rowLength();
      byte[][] events = new byte[n][e];
      float[] row = new float[e];
      for (int i = 0; i < n; i++) {
        t.readRows(i, 1, row);
        for (int j = 0; j < e; j++) {
          if (row[j] != 0 && row[j] != 1) {
            throw InputErrors.invalid(path, null, "row " + i + " holds " + row[j] + " at column "
                + j + "; events must be 0 or 1");
          }
          events[i][j] = (byte) row[j];
        }
      }
      return events;
    }
  }

  /** Path, key, shape, dtype and file size of an open tensor, for the manifest. */
  /** All rows of a tensor as an N x rowLength float32 matrix, read in blocks. */
  public static FloatMatrix readMatrix(Tensor t) {
    int n = t.rows();
    int len = t.rowLength();
    FloatMatrix m = FloatMatrix.allocate(n, len);
    int block = Math.max(1, (1 << 22) / Math.max(1, len));
    float[] buf = new float[Math.min(n, block) * len];
    for (int from = 0; from < n; from += block) {
      int count = Math.min(block, n - from);
      t.readRows(from, count, buf);
      java.lang.foreign.MemorySegment.copy(buf, 0, m.segment(), FloatMatrix.F32, m.rowOffset(from), count * len);
    }
    return m;
  }

  public static TensorInfo describe(Tensor t) {
    return new TensorInfo(t.path(), t.key(), t.shape(), t.dtype(), t.fileSize());
  }

  /** Throws an input error naming the file and the first row holding NaN or infinity. */
  public static void checkFinite(Tensor t) {
    RowBlocks.forEach(t, 0, t.rows(), (from, count, values) -> {
      int len = t.rowLength();
      for (int i = 0; i < count * len; i++) {
        if (!Float.isFinite(values[i])) {
          throw InputErrors.invalid(t.path(), t.key(), "row " + (from + i / len) + " contains "
              + values[i] + "; remove or replace non-finite values");
        }
      }
    });
  }

  /** The file name of {@code path} in lower case, for dispatching on extensions. */
  static String lowerCaseName(Path path) {
    Path name = path.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }

  /** A shape as numpy prints it: {@code (5,)}, {@code (5, 3)}. */
  public static String shapeString(long[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    return Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", ", "(", ")"));
  }

  /** The numpy name of an element type: float16, bfloat16, float32, ..., bool. */
  public static String dtypeName(DType type) {
    return switch (type) {
      case F16 -> "float16";
      case BF16 -> "bfloat16";
      case F32 -> "float32";
      case F64 -> "float64";
      case I8 -> "int8";
      case U8 -> "uint8";
      case I32 -> "int32";
      case I64 -> "int64";
      case BOOL -> "bool";
    };
  }
}
