package org.coreset4j.io;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.coreset4j.util.InvalidInputException;

/**
 * The ids of the samples, one per row, as users store them: int64 ids, 128-bit uids (DataComp:
 * 32 hex digits, read as two unsigned 64-bit halves, high then low) or strings (LLaVA's {@code id}).
 * Strings that are all 32 hex digits are read as uids. {@code name} is the id column's name in
 * outputs.
 */
public final class SampleIds {
  /** How the ids are typed. */
  public enum Kind { INT64, UID128, STRING }

  private final String name;
  private final Kind kind;
  /** INT64: one value per row; UID128: high and low half per row. */
  private final long[] longs;
  private final String[] strings;

  private SampleIds(String name, Kind kind, long[] longs, String[] strings) {
    this.name = Objects.requireNonNull(name);
    this.kind = kind;
    this.longs = longs;
    this.strings = strings;
  }

  public static SampleIds int64(String name, long[] ids) {
    return new SampleIds(name, Kind.INT64, ids, null);
  }

  /** Uids as high and low halves, two longs per row. */
  public static SampleIds uid128(String name, long[] highLow) {
    if (highLow.length % 2 != 0) {
      throw new IllegalArgumentException("two halves per uid");
    }
    return new SampleIds(name, Kind.UID128, highLow, null);
  }

  /** String ids; when every one is 32 hex digits they are uids. None may be null. */
  public static SampleIds strings(String name, String[] ids) {
    if (ids.length > 0 && Arrays.stream(ids).allMatch(SampleIds::isUid)) {
      long[] halves = new long[2 * ids.length];
      for (int i = 0; i < ids.length; i++) {
        halves[2 * i] = Long.parseUnsignedLong(ids[i].substring(0, 16), 16);
        halves[2 * i + 1] = Long.parseUnsignedLong(ids[i].substring(16), 16);
      }
      return uid128(name, halves);
    }
    return new SampleIds(name, Kind.STRING, null, ids.clone());
  }

  /** Whether {@code s} is 32 hex digits, the text of a 128-bit uid. */
  public static boolean isUid(String s) {
    return s.length() == 32 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  public int size() {
    return switch (kind) {
      case INT64 -> longs.length;
      case UID128 -> longs.length / 2;
      case STRING -> strings.length;
    };
  }

  /** Row i's id as text: decimal, 32 lower-case hex digits, or the string. */
  public String text(int i) {
    return switch (kind) {
      case INT64 -> Long.toString(longs[i]);
      case UID128 -> HexFormat.of().toHexDigits(longs[2 * i]) + HexFormat.of().toHexDigits(longs[2 * i + 1]);
      case STRING -> strings[i];
    };
  }

  /**
   * Every row's 64-bit key, which id-keyed draws hash: the int64 id itself, else {@link #key} of the
   * id's text (uids as 32 lower-case hex digits). Two ids with one key are bad input naming both
   * ({@code source} names the ids), about a one-in-10^7 event for 10^6 random string ids.
   */
  public long[] keys(String source) {
    long[] keys = new long[size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = kind == Kind.INT64 ? longs[i] : key(text(i));
    }
    if (kind != Kind.INT64) {
      Integer[] order = new Integer[keys.length];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
      for (int k = 1; k < order.length; k++) {
        if (keys[order[k - 1]] == keys[order[k]]) {
          throw new InvalidInputException(source + ": ids " + text(order[k - 1]) + " and " + text(order[k])
              + " share the 64-bit key " + keys[order[k]] + "; rename one of them");
        }
      }
    }
    return keys;
  }

  /**
   * The 64-bit key of an id given as text: the first 8 bytes of the SHA-256 of its UTF-8 bytes, as a
   * big-endian signed number, after lower-casing an id of 32 hex digits (so a uid has one key
   * however it is stored). In Python: {@code int.from_bytes(sha256(t.encode()).digest()[:8], 'big', signed=True)}.
   */
  public static long key(String text) {
    String t = isUid(text) ? text.toLowerCase(Locale.ROOT) : text;
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(t.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(d, 0, Long.BYTES).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The int64 id of row i (INT64 only). */
  public long int64(int i) {
    return longs[i];
  }

  /** The high (half 0) or low (half 1) 64 bits of row i's uid (UID128 only). */
  public long uidHalf(int i, int half) {
    return longs[2 * i + half];
  }

  /** The shards' ids, in order; all of one kind, else an error naming {@code labels} of the first that differs. */
  public static SampleIds concat(List<SampleIds> parts, List<String> labels) {
    SampleIds first = parts.getFirst();
    for (int p = 1; p < parts.size(); p++) {
      if (parts.get(p).kind != first.kind) {
        throw new InvalidInputException(labels.get(p) + ": ids of type " + parts.get(p).kind + " but "
            + labels.getFirst() + " holds " + first.kind + "; every shard needs ids of one type");
      }
    }
    if (parts.size() == 1) {
      return first;
    }
    if (first.kind == Kind.STRING) {
      List<String> all = new ArrayList<>();
      parts.forEach(p -> all.addAll(Arrays.asList(p.strings)));
      return new SampleIds(first.name, Kind.STRING, null, all.toArray(String[]::new));
    }
    long[] all = new long[parts.stream().mapToInt(p -> p.longs.length).sum()];
    int at = 0;
    for (SampleIds p : parts) {
      System.arraycopy(p.longs, 0, all, at, p.longs.length);
      at += p.longs.length;
    }
    return new SampleIds(first.name, first.kind, all, null);
  }

  /** An error naming {@code source} and the first repeated id (by its second row) with both rows. */
  public void requireUnique(String source) {
    Integer[] order = new Integer[size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> {
      int c = compare(a, b);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int firstRepeat = -1;
    int other = -1;
    for (int k = 1; k < order.length; k++) {
      if (compare(order[k - 1], order[k]) == 0 && (firstRepeat < 0 || order[k] < firstRepeat)) {
        firstRepeat = order[k];
        other = order[k - 1];
      }
    }
    if (firstRepeat >= 0) {
      throw new InvalidInputException(source + ": id " + text(firstRepeat) + " appears at rows " + other + " and "
          + firstRepeat + "; sample ids must be unique");
    }
  }

  /** Rows i and j by id: numbers as signed int64, uids as unsigned (high, low), strings by their UTF-16 code units. */
  public int compare(int i, int j) {
    return switch (kind) {
      case INT64 -> Long.compare(longs[i], longs[j]);
      case UID128 -> {
        int c = Long.compareUnsigned(longs[2 * i], longs[2 * j]);
        yield c != 0 ? c : Long.compareUnsigned(longs[2 * i + 1], longs[2 * j + 1]);
      }
      case STRING -> strings[i].compareTo(strings[j]);
    };
  }

  /** The ids of the given rows as a table column: int64 numbers, else strings (uids as 32 hex digits). */
  public TableColumn column(int[] rows) {
    List<Object> values = new ArrayList<>(rows.length);
    for (int r : rows) {
      values.add(kind == Kind.INT64 ? (Object) longs[r] : text(r));
    }
    return new TableColumn(name, kind == Kind.INT64 ? TableColumn.Type.INT64 : TableColumn.Type.STRING, values);
  }
}
