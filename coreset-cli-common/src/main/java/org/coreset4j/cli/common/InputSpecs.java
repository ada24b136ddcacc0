package org.coreset4j.cli.common;

import java.nio.file.Files;
import java.nio.file.Path;
import org.coreset4j.CoresetRequest.InputRef;
import org.coreset4j.util.InvalidInputException;

/**
 * Parses {@code NAME=PATH[:KEY]} and a side input's {@code PATH[:KEY]} (a key only after .npz,
 * .safetensors or .parquet, or after a folder of such shards). PATH may be a folder or a glob of
 * shards ({@link org.coreset4j.io.Shards}).
 */
public final class InputSpecs {
  private InputSpecs() {}

  public static InputRef parse(String option, String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0 || eq == spec.length() - 1) {
      throw new InvalidInputException(option + " " + spec + " is not NAME=PATH[:KEY]");
    }
    return file(spec.substring(0, eq), spec.substring(eq + 1));
  }

  /** {@code PATH[:KEY]} of a side input such as {@code --target}; the ref's name is the option's, without dashes. */
  public static InputRef parseFile(String option, String spec) {
    if (spec.isEmpty()) {
      throw new InvalidInputException(option + " needs PATH[:KEY]");
    }
    return file(option.replaceFirst("^--", ""), spec);
  }

  private static InputRef file(String name, String file) {
    int colon = file.lastIndexOf(':');
    if (colon > 0 && (file.substring(0, colon).matches(".*\\.(npz|safetensors|parquet)$")
        || Files.isDirectory(Path.of(file.substring(0, colon))))) {
      return new InputRef(name, Path.of(file.substring(0, colon)), file.substring(colon + 1));
    }
    return new InputRef(name, Path.of(file), null);
  }
}
