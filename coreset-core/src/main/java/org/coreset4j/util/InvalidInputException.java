package org.coreset4j.util;

/**
 * Bad input from the user: a file, an option or a value that cannot be used. The message is one
 * line that names the file or option, the offending value and what is allowed. The command line
 * maps it to exit code 2.
 */
public final class InvalidInputException extends RuntimeException {
  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
