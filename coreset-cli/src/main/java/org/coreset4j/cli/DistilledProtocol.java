package org.coreset4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coreset4j.data.NdArray;
import org.coreset4j.distill.DistillResult;
import org.coreset4j.evaluation.SyntheticPairs;
import org.coreset4j.io.NpzWriter;
import org.coreset4j.io.Tensors;
import org.coreset4j.nn.Standardizer;
import org.coreset4j.nn.StudentParams;
import org.coreset4j.provenance.Manifest;
import org.coreset4j.util.InvalidInputException;

/**
 * The training protocol a distilled set is made for, as {@code distill} records it and
 * {@code evaluate --synthetic-protocol recorded} reads it: {@code derived.training_protocol} in the
 * set's manifest.json (method, optimizer, batch, steps, step size, temperature, head dim, and the
 * standardisation file) and DIR/standardization.npz (float64 column means and scales 1 / std of the
 * pairs distilled from, per modality).
 */
final class DistilledProtocol {
  static final String KEY = "training_protocol";
  static final String STANDARDIZATION = "standardization.npz";
  private static final String[] ARRAYS = {"image_mean", "image_scale", "text_mean", "text_scale"};

  private DistilledProtocol() {}

  /** The manifest entry for a set distilled by {@code method}. */
  static Map<String, Object> describe(DistillResult r, String method) {
    StudentParams s = r.student();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("distill_method", method);
    out.put("optimizer", "sgd");
    out.put("batch", "full");
    out.put("steps", s.steps());
    out.put("step_size", s.stepSize());
    out.put("temperature", s.temperature());
    out.put("head_dim", s.dim());
    out.put("standardization", STANDARDIZATION);
    return out;
  }

  /** Writes the distiller's standardisers into {@code file}. */
  static void writeStandardization(Path file, DistillResult r) {
    Map<String, NdArray> arrays = new LinkedHashMap<>();
    arrays.put(ARRAYS[0], NdArray.of(r.imageScale().mean()));
    arrays.put(ARRAYS[1], NdArray.of(r.imageScale().scale()));
    arrays.put(ARRAYS[2], NdArray.of(r.textScale().mean()));
    arrays.put(ARRAYS[3], NdArray.of(r.textScale().scale()));
    NpzWriter.write(file, arrays);
  }

  /**
   * The protocol recorded in {@code dir}, or null for a set without one (no manifest.json, or one
   * written before protocols were recorded). Anything malformed is an error naming the file and field.
   */
  static SyntheticPairs.Recorded read(String name, Path dir) {
    Path file = dir.resolve("manifest.json");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String where = "--synthetic " + name + ": " + file;
    Manifest manifest;
    try {
      manifest = Manifest.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | InvalidInputException e) {
      throw new InvalidInputException(where + " cannot be read (" + e.getMessage() + ")");
    }
    Object entry = manifest.derived() == null ? null : manifest.derived().get(KEY);
    if (entry == null) {
      return null;
    }
    if (!(entry instanceof Map<?, ?> p)) {
      throw new InvalidInputException(where + ": " + KEY + " is not an object");
    }
    where += " " + KEY;
    text(p, "optimizer", "sgd", where);
    text(p, "batch", "full", where);
    text(p, "standardization", STANDARDIZATION, where);
    StudentParams student = new StudentParams(count(p, "head_dim", where), positive(p, "temperature", where),
        positive(p, "step_size", where), count(p, "steps", where));
    double[][] columns = new double[ARRAYS.length][];
    Path npz = dir.resolve(STANDARDIZATION);
    for (int i = 0; i < ARRAYS.length; i++) {
      try {
        columns[i] = Tensors.readVector(npz, ARRAYS[i]);
      } catch (InvalidInputException | UncheckedIOException e) {
        throw new InvalidInputException(where + ": cannot read " + ARRAYS[i] + " from " + npz + " ("
            + e.getMessage() + ")");
      }
    }
    if (columns[0].length != columns[1].length || columns[2].length != columns[3].length) {
      throw new InvalidInputException(npz + ": means and scales differ in length");
    }
    return new SyntheticPairs.Recorded(student, Standardizer.of(columns[0], columns[1]),
        Standardizer.of(columns[2], columns[3]));
  }

  private static void text(Map<?, ?> p, String field, String expected, String where) {
    if (!expected.equals(p.get(field))) {
      throw new InvalidInputException(where + "." + field + " is " + p.get(field) + "; only " + expected
          + " is known");
    }
  }

  private static double positive(Map<?, ?> p, String field, String where) {
    if (!(p.get(field) instanceof Number n) || !(n.doubleValue() > 0) || Double.isInfinite(n.doubleValue())) {
      throw new InvalidInputException(where + "." + field + " is " + p.get(field)
          + "; it must be a positive finite number");
    }
    return n.doubleValue();
  }

  private static int count(Map<?, ?> p, String field, String where) {
    if (!(p.get(field) instanceof Integer n) || n < 1) {
      throw new InvalidInputException(where + "." + field + " is " + p.get(field)
          + "; it must be a whole number of at least 1");
    }
    return n;
  }
}
