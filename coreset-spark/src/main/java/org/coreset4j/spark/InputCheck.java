package org.coreset4j.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.coreset4j.util.InvalidInputException;

/**
 * What one pass over the input learns about its validity: the row count, the shortest and longest
 * vector of every column (with a row id of each; the {@code --events} column last, when given) and
 * the bad row with the smallest key. Partitions are checked independently and merged, so the
 * reported row does not depend on the partitioning.
 */
final class InputCheck implements Serializable {
  long rows;
  final int[] minLength;
  final int[] maxLength;
  final long[] minId;
  final long[] maxId;
  final String[] minText;
  final String[] maxText;
  Long badId;
  String badMessage;

  InputCheck(int columns) {
    minLength = new int[columns];
    maxLength = new int[columns];
    minId = new long[columns];
    maxId = new long[columns];
    minText = new String[columns];
    maxText = new String[columns];
    Arrays.fill(minLength, Integer.MAX_VALUE);
    Arrays.fill(maxLength, -1);
  }

  /** The number of length-checked columns: the modalities, and the events column if any. */
  static int tracked(ColumnReader reader) {
    return reader.columns().size() + (reader.eventsColumn() == null ? 0 : 1);
  }

  static InputCheck of(Iterator<InternalRow> rows, ColumnReader reader) {
    InputCheck c = new InputCheck(tracked(reader));
    while (rows.hasNext()) {
      c.add(rows.next(), reader);
    }
    return c;
  }

  private void add(InternalRow row, ColumnReader reader) {
    rows++;
    if (row.isNullAt(0)) {
      bad(Long.MIN_VALUE, "--id-column " + reader.idColumn() + ": a row has a null id");
      return;
    }
    long id = reader.key(row);
    String side = reader.sideProblem(row);
    if (side != null) {
      bad(id, side + " at row id " + reader.idText(row) + "; remove or replace that row");
      return;
    }
    for (int m = 0; m < minLength.length; m++) {
      boolean events = m == reader.columns().size();
      String problem = events ? null : reader.problem(row, m);
      if (problem != null) {
        bad(id, "--column " + reader.columns().get(m) + ": the vector of row id " + reader.idText(row) + " "
            + problem + "; remove or replace that row");
        continue;
      }
      int len = events ? reader.events(row).length : reader.length(row, m);
      if (len < minLength[m] || (len == minLength[m] && id < minId[m])) {
        minLength[m] = len;
        minId[m] = id;
        minText[m] = reader.idText(row);
      }
      if (len > maxLength[m] || (len == maxLength[m] && id < maxId[m])) {
        maxLength[m] = len;
        maxId[m] = id;
        maxText[m] = reader.idText(row);
      }
    }
  }

  private void bad(long id, String message) {
    if (badId == null || id < badId) {
      badId = id;
      badMessage = message;
    }
  }

  InputCheck merge(InputCheck o) {
    rows += o.rows;
    if (o.badId != null) {
      bad(o.badId, o.badMessage);
    }
    for (int m = 0; m < minLength.length; m++) {
      if (o.minLength[m] < minLength[m] || (o.minLength[m] == minLength[m] && o.minId[m] < minId[m])) {
        minLength[m] = o.minLength[m];
        minId[m] = o.minId[m];
        minText[m] = o.minText[m];
      }
      if (o.maxLength[m] > maxLength[m] || (o.maxLength[m] == maxLength[m] && o.maxId[m] < maxId[m])) {
        maxLength[m] = o.maxLength[m];
        maxId[m] = o.maxId[m];
        maxText[m] = o.maxText[m];
      }
    }
    return this;
  }

  /** The common length of every column; throws naming the column and a row id when the input is bad. */
  int[] widths(ColumnReader reader, String input) {
    List<String> names = new ArrayList<>();
    reader.columns().forEach(c -> names.add("--column " + c));
    if (reader.eventsColumn() != null) {
      names.add("--events " + reader.eventsColumn());
    }
    if (badId != null) {
      throw new InvalidInputException(badMessage);
    }
    if (rows == 0) {
      throw new InvalidInputException(input + " has no rows");
    }
    for (int m = 0; m < minLength.length; m++) {
      String column = names.get(m);
      if (minLength[m] != maxLength[m]) {
        throw new InvalidInputException(column + ": vectors of unequal length: " + minLength[m]
            + " at row id " + minText[m] + " but " + maxLength[m] + " at row id " + maxText[m]);
      }
      if (minLength[m] == 0) {
        throw new InvalidInputException(column + ": the vector of row id " + minText[m] + " is empty");
      }
    }
    return maxLength.clone();
  }
}
