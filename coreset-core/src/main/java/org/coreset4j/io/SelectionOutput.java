package org.coreset4j.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coreset4j.data.NdArray;
import org.coreset4j.util.InvalidInputException;

/**
 * Writes a selection in the format of the output's extension, all or nothing ({@link AtomicOutput}):
 * <ul>
 *   <li>{@code .npy}: the selected positions as int64, ascending; with ids, the ids in their own
 *       type (int64, strings as {@code <U}), and 128-bit uids in DataComp's subset format
 *       (structured {@code u8,u8}, sorted as its resharder requires) ({@link NpyIds});
 *   <li>{@code .txt}: one position or id per line;
 *   <li>{@code .parquet} (or another {@link TableFormat}): the id column (or {@code index}) and the
 *       kept metadata columns, one row per selected sample in ascending position.
 * </ul>
 */
public final class SelectionOutput {
  private static final int FLUSH_CHARS = 1 << 16;

  private SelectionOutput() {}

  /** Fails before any work when {@code out} cannot take what would be written. */
  public static void check(Path out, boolean keepsColumns) {
    String name = Tensors.lowerCaseName(out);
    boolean table = !name.endsWith(".npy") && !name.endsWith(".txt");
    if (table && !name.endsWith(".parquet") && !Tables.handles(out)) {
      throw new InvalidInputException("--out " + out + ": unsupported extension; use .npy, .txt or .parquet");
    }
    if (table) {
      Tables.of(out, "--out");
    } else if (keepsColumns) {
      throw new InvalidInputException("--keep-columns needs a table output; give --out a .parquet path, not " + out);
    }
  }

  /** Writes {@code rows} (ascending positions), as ids when {@code ids} is not null, with the {@code kept} columns. */
  public static void write(Path out, int[] rows, SampleIds ids, List<TableColumn> kept) {
    String name = Tensors.lowerCaseName(out);
    if (name.endsWith(".npy")) {
      if (ids == null) {
        NpyWriter.write(out, NdArray.indices(rows));
      } else {
        NpyIds.write(out, ids, rows);
      }
    } else if (name.endsWith(".txt")) {
      text(out, rows, ids);
    } else {
      List<TableColumn> columns = new ArrayList<>();
      if (ids == null) {
        List<Object> positions = new ArrayList<>(rows.length);
        for (int r : rows) {
          positions.add((long) r);
        }
        columns.add(new TableColumn("index", TableColumn.Type.INT64, positions));
      } else {
        columns.add(ids.column(rows));
      }
      columns.addAll(kept);
      Tables.of(out, "--out").write(out, columns);
    }
  }

  private static void text(Path out, int[] rows, SampleIds ids) {
    if (ids != null && ids.kind() == SampleIds.Kind.STRING) {
      for (int r : rows) {
        if (ids.text(r).contains("\n")) {
          throw new InvalidInputException("--out " + out + ": the id of row " + r
              + " contains a line break; write .npy or .parquet instead");
        }
      }
    }
    AtomicOutput.write(out, o -> {
      StringBuilder text = new StringBuilder();
      for (int r : rows) {
        text.append(ids == null ? Integer.toString(r) : ids.text(r)).append('\n');
        if (text.length() > FLUSH_CHARS) {
          o.write(text.toString().getBytes(StandardCharsets.UTF_8));
          text.setLength(0);
        }
      }
      o.write(text.toString().getBytes(StandardCharsets.UTF_8));
    });
  }
}
