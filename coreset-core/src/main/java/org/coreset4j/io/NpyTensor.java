package org.coreset4j.io;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;

/** A memory-mapped {@code .npy} array (C order, little-endian). */
final class NpyTensor extends SegmentTensor {
  private NpyTensor(Path path, String key, NpyHeader header, MemorySegment npy, long fileSize,
      Arena arena) {
    super(path, key, header.dtype(), header.dtype(), header.shape(),
        npy.asSlice(header.dataOffset()), fileSize, arena);
  }

  /** Maps {@code path}; an npy file holds one array, so {@code key} must be null. */
  static Tensor open(Path path, String key) {
    if (key != null) {
      throw InputErrors.invalid(path, key, "an .npy file holds a single array; drop ':" + key + "'");
    }
    return MappedFile.withArena(arena -> {
      MemorySegment file = MappedFile.map(path, null, arena);
      return new NpyTensor(path, null, NpyHeader.parse(file, path, null), file, file.byteSize(), arena);
    });
  }
}
