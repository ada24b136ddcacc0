package org.coreset4j.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One array of a {@code .npz} archive. Stored entries (numpy.savez) are mapped in place;
 * deflated entries (numpy.savez_compressed) are inflated to a temporary file, mapped, and the file
 * is deleted when the tensor closes.
 */
final class NpzTensor extends SegmentTensor {
  private static final String SUFFIX = ".npy";
  private static final int CHUNK = 1 << 24;

  /** The inflated copy to delete on close, or null for a stored entry. */
  private final Path temporary;

  private NpzTensor(Path path, String key, MemorySegment npy, long fileSize, Arena arena,
      Path temporary) {
    this(path, key, NpyHeader.parse(npy, path, key), npy, fileSize, arena, temporary);
  }

  private NpzTensor(Path path, String key, NpyHeader header, MemorySegment npy, long fileSize,
      Arena arena, Path temporary) {
    super(path, key, header.dtype(), header.dtype(), header.shape(),
        npy.asSlice(header.dataOffset()), fileSize, arena);
    this.temporary = temporary;
  }

  /** Opens array {@code key}, or the only array when {@code key} is null. */
  static Tensor open(Path path, String key) {
    return MappedFile.withArena(arena -> {
      MemorySegment zip = MappedFile.map(path, key, arena);
      ZipDirectory.Entry entry = select(ZipDirectory.read(zip, path), path, key);
      String name = entry.name().substring(0, entry.name().length() - SUFFIX.length());
      if (entry.dataOffset() + entry.compressedSize() > zip.byteSize()) {
        throw InputErrors.invalid(path, name, "file is truncated inside this array");
      }
      MemorySegment bytes = zip.asSlice(entry.dataOffset(), entry.compressedSize());
      return switch (entry.method()) {
        case ZipDirectory.STORED -> new NpzTensor(path, name, bytes, zip.byteSize(), arena, null);
        case ZipDirectory.DEFLATED -> inflated(path, name, bytes, entry.size(), zip.byteSize(), arena);
        default -> throw InputErrors.invalid(path, name, "zip compression method " + entry.method()
            + " is not supported; write the file with numpy.savez or numpy.savez_compressed");
      };
    });
  }

  @Override
  public void close() {
    super.close();
    if (temporary != null) {
      deleteQuietly(temporary);
    }
  }

  private static ZipDirectory.Entry select(List<ZipDirectory.Entry> entries, Path path, String key) {
    List<ZipDirectory.Entry> arrays =
        entries.stream().filter(e -> e.name().endsWith(SUFFIX)).toList();
    List<String> names =
        arrays.stream().map(e -> e.name().substring(0, e.name().length() - SUFFIX.length())).toList();
    if (key == null) {
      if (arrays.size() != 1) {
        throw InputErrors.invalid(path, null, "holds " + arrays.size() + " arrays " + names
            + "; choose one with PATH:KEY");
      }
      return arrays.getFirst();
    }
    int i = names.indexOf(key);
    if (i < 0) {
      throw InputErrors.invalid(path, key, "no array named '" + key + "'; available: " + names);
    }
    return arrays.get(i);
  }

  /** Inflates a deflated npy entry to a temporary file and maps it into {@code arena}. */
  private static Tensor inflated(Path path, String key, MemorySegment deflated, long size,
      long fileSize, Arena arena) {
    Path temp;
    try {
      temp = Files.createTempFile("coreset4j-", SUFFIX);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file to inflate " + path, e);
    }
    try {
      inflate(deflated, temp, size, path, key);
      return new NpzTensor(path, key, MappedFile.map(temp, key, arena), fileSize, arena, temp);
    } catch (RuntimeException | Error e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  private static void inflate(MemorySegment deflated, Path target, long size, Path path, String key) {
    Inflater inflater = new Inflater(true);
    try (FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
      long consumed = 0;
      long written = 0;
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          if (consumed == deflated.byteSize()) {
            throw InputErrors.invalid(path, key, "compressed data ends early; the file is truncated");
          }
          long n = Math.min(CHUNK, deflated.byteSize() - consumed);
          inflater.setInput(deflated.asSlice(consumed, n).asByteBuffer());
          consumed += n;
        }
        buffer.clear();
        if (inflater.inflate(buffer) == 0 && inflater.needsDictionary()) {
          throw InputErrors.invalid(path, key, "compressed data needs a preset dictionary; the file "
              + "is not a numpy archive");
        }
        buffer.flip();
        written += buffer.remaining();
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
      }
      if (written != size) {
        throw InputErrors.invalid(path, key, "inflated to " + written + " bytes, expected " + size
            + "; the file is corrupt");
      }
    } catch (DataFormatException e) {
      throw InputErrors.invalid(path, key, "compressed data is corrupt (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot inflate " + path + " to a temporary file", e);
    } finally {
      inflater.end();
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // Best effort: the file lies in the temporary directory.
    }
  }
}
