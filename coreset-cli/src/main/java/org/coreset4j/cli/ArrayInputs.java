package org.coreset4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coreset4j.CoresetRequest.InputRef;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.evaluation.TaskSpec;
import org.coreset4j.fusion.Fusion;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.fusion.Modality;
import org.coreset4j.io.Tensor;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/** Reads the arrays that evaluation and reports take from files, through a {@link TensorOpener}. */
final class ArrayInputs {
  /** Indices and labels arrive as float32 rows; above this they could be inexact. */
  private static final int EXACT_INTEGERS = 1 << 24;

  private final TensorOpener opener;

  ArrayInputs(TensorOpener opener) {
    this.opener = opener;
  }

  /** NAME=VALUE options as an ordered map; a repeated NAME is an error. */
  static Map<String, String> named(String option, List<String> specs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String spec : specs) {
      int eq = spec.indexOf('=');
      if (eq <= 0 || eq == spec.length() - 1) {
        throw new InvalidInputException(option + " " + spec + " is not NAME=VALUE");
      }
      if (out.put(spec.substring(0, eq), spec.substring(eq + 1)) != null) {
        throw new InvalidInputException(option + " names " + spec.substring(0, eq) + " twice");
      }
    }
    return out;
  }

  /** Opens PATH or PATH:KEY (a key only after .npz, .safetensors or .parquet). */
  Tensor open(String spec) {
    String[] pathKey = split(spec);
    return opener.open(Path.of(pathKey[0]), pathKey[1]);
  }

  /** The file of PATH or PATH:KEY. */
  static Path path(String spec) {
    return Path.of(split(spec)[0]);
  }

  private static String[] split(String spec) {
    int colon = spec.lastIndexOf(':');
    if (colon > 0 && spec.substring(0, colon).matches(".*\\.(npz|safetensors|parquet)$")) {
      return new String[] {spec.substring(0, colon), spec.substring(colon + 1)};
    }
    return new String[] {spec, null};
  }

  /**
   * Each input pooled and normalised on its own by the shared feature pipeline (its fuse mode is
   * irrelevant for a single modality), keyed by name in the order given.
   */
  Map<String, FloatMatrix> features(List<InputRef> inputs, FusionOptions options, Parallel parallel) {
    Map<String, FloatMatrix> out = new LinkedHashMap<>();
    for (InputRef in : inputs) {
      try (Tensor t = opener.open(in.path(), in.key())) {
        out.put(in.name(), Fusion.fuse(List.of(new Modality(in.name(), t)), options, parallel, Progress.NONE));
      }
    }
    return out;
  }

  /** A two-dimensional array read as it is. */
  FloatMatrix matrix(String option, String spec) {
    try (Tensor t = open(spec)) {
      if (t.shape().length != 2) {
        throw new InvalidInputException(option + " " + spec + " must have shape (N, D), got "
            + java.util.Arrays.toString(t.shape()));
      }
      return read(t);
    }
  }

  /** An (N, H, W) depth target. */
  TaskSpec.Depth depth(String spec) {
    try (Tensor t = open(spec)) {
      long[] shape = t.shape();
      if (shape.length != 3) {
        throw new InvalidInputException("--target " + spec + " must have shape (N, H, W), got " + shape.length
            + " dimensions");
      }
      return new TaskSpec.Depth(read(t), Math.toIntExact(shape[1]), Math.toIntExact(shape[2]));
    }
  }

  /** Class labels: a length-N vector of non-negative integers. */
  int[] labels(String spec) {
    return integers("--labels", spec);
  }

  /** Selected sample indices from an index array or a .txt file with one index per line. */
  int[] selection(String spec) {
    if (spec.endsWith(".txt")) {
      try {
        return Files.readAllLines(Path.of(spec)).stream().map(String::strip).filter(l -> !l.isEmpty())
            .mapToInt(l -> parseIndex(spec, l)).toArray();
      } catch (IOException e) {
        throw new InvalidInputException("--selection " + spec + " cannot be read: " + e.getMessage(), e);
      }
    }
    return integers("--selection", spec);
  }

  private static int parseIndex(String spec, String line) {
    try {
      return Integer.parseInt(line);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--selection " + spec + " holds '" + line + "', not a sample index", e);
    }
  }

  private int[] integers(String option, String spec) {
    try (Tensor t = open(spec)) {
      if (t.shape().length != 1) {
        throw new InvalidInputException(option + " " + spec + " must be a vector, got shape "
            + java.util.Arrays.toString(t.shape()));
      }
      float[] v = new float[t.rows()];
      t.readRows(0, t.rows(), v);
      int[] out = new int[v.length];
      for (int i = 0; i < v.length; i++) {
        if (v[i] != Math.rint(v[i]) || Math.abs(v[i]) >= EXACT_INTEGERS) {
          throw new InvalidInputException(option + " " + spec + " holds " + v[i] + " at position " + i
              + ", not an integer below 2^24");
        }
        out[i] = (int) v[i];
      }
      return out;
    }
  }

  private static FloatMatrix read(Tensor t) {
    FloatMatrix m = FloatMatrix.allocate(t.rows(), t.rowLength());
    float[] row = new float[t.rowLength()];
    for (int i = 0; i < t.rows(); i++) {
      t.readRows(i, 1, row);
      m.setRow(i, row);
    }
    return m;
  }
}
