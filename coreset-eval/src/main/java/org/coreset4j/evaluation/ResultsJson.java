package org.coreset4j.evaluation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.coreset4j.util.InvalidInputException;

/** Evaluation results as JSON: written through a temporary file and renamed, read back for reports. */
public final class ResultsJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ResultsJson() {}

  public static String toJson(EvaluationResult result) {
    try {
      return MAPPER.writeValueAsString(result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static EvaluationResult fromJson(String json) {
    try {
      return MAPPER.readValue(json, EvaluationResult.class);
    } catch (IOException e) {
      throw new InvalidInputException("not an evaluation result: " + firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  public static void write(EvaluationResult result, Path path) {
    writeAtomically(path, toJson(result));
  }

  public static EvaluationResult read(Path path) {
    try {
      return fromJson(Files.readString(path));
    } catch (InvalidInputException e) {
      throw new InvalidInputException("--results " + path + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new InvalidInputException("--results " + path + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** Writes {@code text} to a temporary file beside {@code path}, then renames it over {@code path}. */
  public static void writeAtomically(Path path, String text) {
    Path abs = path.toAbsolutePath();
    Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      try {
        Files.writeString(tmp, text);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new InvalidInputException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }
}
