package org.coreset4j.io;

import java.nio.file.Path;
import org.coreset4j.util.InvalidInputException;

/**
 * One-line input errors that start with the file and, when there is one, the key. Public for
 * format modules, whose errors read like the built-in formats' ones.
 */
public final class InputErrors {
  private InputErrors() {}

  static String label(Path path, String key) {
    return key == null ? path.toString() : path + ":" + key;
  }

  public static InvalidInputException invalid(Path path, String key, String message) {
    return new InvalidInputException(label(path, key) + ": " + message);
  }

  public static InvalidInputException invalid(Path path, String key, String message,
      Throwable cause) {
    return new InvalidInputException(label(path, key) + ": " + message, cause);
  }
}
