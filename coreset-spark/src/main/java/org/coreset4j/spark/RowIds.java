package org.coreset4j.spark;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coreset4j.util.InvalidInputException;

/**
 * Runs single-machine code on some rows and, when it rejects one as bad input naming "row i" (its
 * position in those rows), names the sample's id instead: "row id X".
 */
final class RowIds {
  private static final Pattern ROW = Pattern.compile("\\brow (\\d+)\\b");

  private RowIds() {}

  /** {@code work} on the rows whose ids are {@code ids}, in that order. */
  static <T> T naming(long[] ids, Supplier<T> work) {
    try {
      return work.get();
    } catch (InvalidInputException e) {
      Matcher m = ROW.matcher(String.valueOf(e.getMessage()));
      if (!m.find() || Long.parseLong(m.group(1)) >= ids.length) {
        throw e;
      }
      throw new InvalidInputException(m.replaceFirst("row id " + ids[Integer.parseInt(m.group(1))]));
    }
  }
}
