package org.coreset4j.evaluation;

import java.util.Map;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;

/** Up-front checks of evaluation inputs; each failure is one line naming the input and value. */
final class InputChecks {
  private InputChecks() {}

  /** N, after checking that all inputs have N rows of finite values. */
  static int samples(Map<String, FloatMatrix> inputs) {
    if (inputs.isEmpty()) {
      throw new InvalidInputException("give at least one --input");
    }
    String first = inputs.keySet().iterator().next();
    int n = inputs.get(first).rows();
    for (Map.Entry<String, FloatMatrix> e : inputs.entrySet()) {
      if (e.getValue().rows() != n) {
        throw new InvalidInputException("input " + e.getKey() + " has " + e.getValue().rows() + " rows but input "
            + first + " has " + n);
      }
      finite("input " + e.getKey(), e.getValue());
    }
    return n;
  }

  static void task(TaskSpec task, Map<String, FloatMatrix> inputs, int n) {
    switch (task) {
      case TaskSpec.Depth d -> {
        if (d.maps().rows() != n) {
          throw new InvalidInputException("--target has " + d.maps().rows() + " rows but the inputs have " + n);
        }
        finite("--target", d.maps());
      }
      case TaskSpec.Retrieval r -> {
        for (String name : new String[] {r.image(), r.text()}) {
          if (!inputs.containsKey(name)) {
            throw new InvalidInputException("--pair names " + name + ", which is not an input (inputs: "
                + String.join(", ", inputs.keySet()) + ")");
          }
        }
      }
      case TaskSpec.Classify c -> {
        if (c.labels().length != n) {
          throw new InvalidInputException("--labels has " + c.labels().length + " values but the inputs have " + n
              + " rows");
        }
      }
    }
  }

  static void selections(Map<String, int[]> selections, int n) {
    for (Map.Entry<String, int[]> e : selections.entrySet()) {
      String name = e.getKey();
      if (name.isEmpty() || name.equals("full") || name.startsWith("random")) {
        throw new InvalidInputException("--selection name '" + name
            + "' is reserved or empty: full and random* rows are added by the evaluation");
      }
      boolean[] seen = new boolean[n];
      for (int i : e.getValue()) {
        if (i < 0 || i >= n) {
          throw new InvalidInputException("selection " + name + " holds index " + i + ", outside [0, " + n + ")");
        }
        if (seen[i]) {
          throw new InvalidInputException("selection " + name + " holds index " + i + " twice");
        }
        seen[i] = true;
      }
    }
  }

  /** Synthetic sets: something to evaluate, retrieval only, names unique and free, rows of the inputs' widths. */
  static void synthetic(Map<String, SyntheticPairs> synthetic, Map<String, int[]> selections, TaskSpec task,
      Map<String, FloatMatrix> inputs) {
    if (selections.isEmpty() && synthetic.isEmpty()) {
      throw new InvalidInputException("give at least one --selection or --synthetic");
    }
    if (synthetic.isEmpty()) {
      return;
    }
    if (!(task instanceof TaskSpec.Retrieval r)) {
      throw new InvalidInputException("--synthetic sets can only be evaluated with --task retrieval");
    }
    for (Map.Entry<String, SyntheticPairs> e : synthetic.entrySet()) {
      String name = e.getKey();
      if (name.isEmpty() || name.equals("full") || name.startsWith("random") || selections.containsKey(name)) {
        throw new InvalidInputException("--synthetic name '" + name
            + "' is empty, reserved (full, random*) or already a --selection");
      }
      checkWidth(name, r.image(), e.getValue().image(), inputs.get(r.image()));
      checkWidth(name, r.text(), e.getValue().text(), inputs.get(r.text()));
      finite("synthetic " + name + " " + r.image(), e.getValue().image());
      finite("synthetic " + name + " " + r.text(), e.getValue().text());
    }
  }

  private static void checkWidth(String name, String modality, FloatMatrix synthetic, FloatMatrix real) {
    if (synthetic.cols() != real.cols()) {
      throw new InvalidInputException("synthetic " + name + " " + modality + " rows have " + synthetic.cols()
          + " values but the input " + modality + " has " + real.cols());
    }
  }

  private static void finite(String what, FloatMatrix m) {
    float[] row = new float[m.cols()];
    for (int r = 0; r < m.rows(); r++) {
      m.copyRow(r, row);
      for (float v : row) {
        if (!Float.isFinite(v)) {
          throw new InvalidInputException(what + " has a non-finite value (" + v + ") in row " + r);
        }
      }
    }
  }
}
