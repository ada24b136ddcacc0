package org.coreset4j.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.coreset4j.util.InvalidInputException;

/**
 * Per-sample metadata tables ({@code --metadata}: a Parquet file, or a folder or glob of shards such
 * as clip-retrieval's {@code metadata/metadata_*.parquet}), row-aligned with the embeddings:
 * row k of the shards in natural order is sample k. Columns of the selected rows are carried into
 * outputs ({@code --keep-columns}).
 */
public final class Metadata {
  private final Path path;
  private final TableFormat format;
  private final List<Path> shards;
  /** starts[s] is the first sample of shard s; starts[shards] = N. */
  private final long[] starts;

  private Metadata(Path path, TableFormat format, List<Path> shards) {
    this.path = path;
    this.format = format;
    this.shards = List.copyOf(shards);
    this.starts = new long[shards.size() + 1];
    for (int s = 0; s < shards.size(); s++) {
      starts[s + 1] = starts[s] + format.rows(shards.get(s));
    }
  }

  /** The tables of {@code path}; {@code option} names it in errors. Only the footers are read. */
  public static Metadata open(Path path, String option) {
    List<Path> files = Shards.isSharded(path) ? Shards.list(path, null, Set.of(".parquet")) : List.of(path);
    if (!Shards.isSharded(path)) {
      MappedFile.checkReadable(path, null);
    }
    return new Metadata(path, Tables.of(files.getFirst(), option), files);
  }

  public long rows() {
    return starts[shards.size()];
  }

  /** Fails naming the first shard and column when a shard lacks one of {@code columns}. */
  public void requireColumns(List<String> columns) {
    for (Path shard : shards) {
      List<String> has = format.columns(shard);
      for (String c : columns) {
        if (!has.contains(c)) {
          throw InputErrors.invalid(shard, c, "no column " + c + " for --keep-columns; columns are "
              + String.join(", ", has));
        }
      }
    }
  }

  /**
   * Fails unless the tables hold {@code n} rows and, when {@code input} is sharded into as many
   * shards, shard k holds as many rows as the input's shard k ({@code label} names the input).
   */
  public void requireAligned(Tensor input, String label) {
    if (rows() != input.rows()) {
      throw new InvalidInputException("--metadata " + path + " has " + rows() + " rows but " + label + " has "
          + input.rows() + "; metadata rows must match the samples one to one");
    }
    if (input instanceof ShardedTensor sharded && sharded.shards().size() == shards.size()) {
      for (int s = 0; s < shards.size(); s++) {
        long own = starts[s + 1] - starts[s];
        if (own != sharded.shards().get(s).rows()) {
          throw new InvalidInputException("--metadata shard " + (s + 1) + " " + shards.get(s) + " has " + own
              + " rows but shard " + (s + 1) + " of " + label + ", " + sharded.shards().get(s).path() + ", has "
              + sharded.shards().get(s).rows() + "; metadata must be sharded like the embeddings");
        }
      }
    }
  }

  /** The columns' values at the given samples (ascending), read shard by shard. */
  public List<TableColumn> read(List<String> columns, int[] samples) {
    List<List<Object>> values = new ArrayList<>();
    columns.forEach(c -> values.add(new ArrayList<>(samples.length)));
    TableColumn.Type[] types = new TableColumn.Type[columns.size()];
    int at = 0;
    for (int s = 0; s < shards.size() && at < samples.length; s++) {
      int end = at;
      while (end < samples.length && samples[end] < starts[s + 1]) {
        end++;
      }
      if (end == at) {
        continue;
      }
      long first = starts[s];
      int[] local = Arrays.stream(samples, at, end).map(i -> (int) (i - first)).toArray();
      List<TableColumn> part = format.read(shards.get(s), columns, local);
      for (int c = 0; c < columns.size(); c++) {
        requireType(types, c, part.get(c), shards.get(s));
        values.get(c).addAll(part.get(c).values());
      }
      at = end;
    }
    List<TableColumn> out = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      out.add(new TableColumn(columns.get(c), types[c] == null ? TableColumn.Type.STRING : types[c], values.get(c)));
    }
    return out;
  }

  private static void requireType(TableColumn.Type[] types, int c, TableColumn part, Path shard) {
    if (types[c] == null) {
      types[c] = part.type();
    } else if (types[c] != part.type()) {
      throw InputErrors.invalid(shard, part.name(), "column of " + part.type() + " but earlier shards hold "
          + types[c] + "; a column needs one type in every shard");
    }
  }
}
