package org.coreset4j.selection;

import java.util.Map;
import java.util.TreeSet;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.util.InvalidInputException;

/**
 * The two modalities named by {@code --pair A,B}, for methods that compare each sample's rows in
 * two modalities ({@link SideInput#MODALITIES}). Required: there is no default pair.
 */
public record ModalityPair(String first, String second) {
  /** The {@code --pair} parameter. */
  public static final Param PARAM =
      Param.text("pair", "two modality names A,B", "the two modalities compared").derivedDefault("required");

  public ModalityPair {
    MethodOptions.require(first != null && second != null && !first.isEmpty() && !second.isEmpty()
        && !first.equals(second), "pair", first + "," + second, "must name two different modalities as A,B");
  }

  /** The pair given as {@code --pair} to {@code --method method}. */
  public static ModalityPair from(MethodOptions o, String method) {
    MethodOptions.require(o.has(PARAM.name()), PARAM.name(), "(missing)", "is required by --method " + method + ", as A,B");
    String given = o.string(PARAM.name(), "");
    String[] parts = given.split(",", -1);
    MethodOptions.require(parts.length == 2, PARAM.name(), given, "must be two modality names A,B");
    return new ModalityPair(parts[0].trim(), parts[1].trim());
  }

  /** The features of the first and of the second modality. */
  public record Features(FloatMatrix first, FloatMatrix second) {}

  /** The two modalities' features from {@code context}; each must be an input with {@code rows} rows. */
  public Features features(SelectionContext context, int rows) {
    return new Features(modality(context.modalities(), first, rows), modality(context.modalities(), second, rows));
  }

  private FloatMatrix modality(Map<String, FloatMatrix> modalities, String name, int rows) {
    FloatMatrix m = modalities.get(name);
    if (m == null) {
      throw new InvalidInputException(option() + " names modality " + name + ", which is not an input; inputs are "
          + String.join(",", new TreeSet<>(modalities.keySet())));
    }
    if (m.rows() != rows) {
      throw new InvalidInputException(option() + ": modality " + name + " has " + m.rows()
          + " rows, expected N = " + rows);
    }
    return m;
  }

  /** {@code --pair A,B}, as error messages name it. */
  public String option() {
    return "--pair " + first + "," + second;
  }
}
