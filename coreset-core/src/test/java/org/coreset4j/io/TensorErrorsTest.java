package org.coreset4j.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coreset4j.io.TestFiles.dict;
import static org.coreset4j.io.TestFiles.encode;
import static org.coreset4j.io.TestFiles.npy;

import java.nio.file.Path;
import java.util.Arrays;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.NdArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input problem is one line that starts with the file (and key). */
class TensorErrorsTest {
  @TempDir Path dir;

  private void fails(Path p, String key, String message) {
    assertThatThrownBy(() -> Tensors.open(p, key))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(message);
  }

  private Path npyFile(String name, String dict, byte[] data) {
    return TestFiles.write(dir.resolve(name), npy(dict, data));
  }

  @Test
  void missingFileAndUnknownExtension() {
    Path missing = dir.resolve("nope.npy");
    fails(missing, null, missing + ": file not found; check the path");
    Path csv = TestFiles.write(dir.resolve("x.csv"), new byte[4]);
    fails(csv, null, csv + ": unknown file type; use one of .npy, .npz, .safetensors, .parquet");
    fails(dir, null, dir + ": folder holds no .npy, .npz, .parquet, .safetensors file");
    Path missingParquet = dir.resolve("nope.parquet");
    fails(missingParquet, "emb", missingParquet + ":emb: file not found; check the path");
  }

  @Test
  void badNpyHeaders() {
    Path noMagic = TestFiles.write(dir.resolve("m.npy"), "hello world, not numpy".getBytes());
    fails(noMagic, null, noMagic + ": not an npy array (no \\x93NUMPY magic); write it with numpy.save");
    Path fortran = npyFile("f.npy", "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }", new byte[16]);
    fails(fortran, null, fortran + ": array is in Fortran order; save a C-order copy (numpy.ascontiguousarray)");
    Path big = npyFile("b.npy", dict(">f4", "(2,)"), new byte[8]);
    fails(big, null, big + ": big-endian dtype '>f4'; convert it with arr.astype(arr.dtype.newbyteorder('<'))");
    Path i16 = npyFile("i.npy", dict("<i2", "(2,)"), new byte[4]);
    fails(i16, null, i16 + ": unsupported dtype '<i2'; use float16, float32 or float64 (int8, uint8, int32, int64 "
        + "or bool for scores and events)");
    String record = "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (2,), }";
    Path structured = npyFile("s.npy", record, new byte[8]);
    fails(structured, null, structured + ": unsupported dtype (structured or missing 'descr'); use float16, "
        + "float32 or float64 (int8, uint8, int32, int64 or bool for scores and events)");
    Path shape = npyFile("h.npy", dict("<f4", "(a, 2)"), new byte[8]);
    fails(shape, null, shape + ": bad npy header: shape (a, 2) is not a tuple of sizes");
    Path scalar = npyFile("z.npy", dict("<f4", "()"), new byte[4]);
    fails(scalar, null, scalar + ": holds a scalar; expected an array of shape (N, ...)");
    byte[] version9 = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 9, 0, 0, 0};
    Path version = TestFiles.write(dir.resolve("v.npy"), version9);
    fails(version, null, version + ": bad npy header: unknown format version 9; versions 1 to 3 are supported");
  }

  @Test
  void truncatedNpy() {
    byte[] whole = npy(dict("<f4", "(3, 2)"), encode("f4", 1, 2, 3, 4, 5, 6));
    Path data = TestFiles.write(dir.resolve("d.npy"), Arrays.copyOf(whole, whole.length - 4));
    fails(data, null, data + ": file is truncated: shape (3, 2) of float32 needs 24 bytes of data, found 20");
    Path header = TestFiles.write(dir.resolve("h.npy"), Arrays.copyOf(whole, 40));
    fails(header, null, header + ": file is truncated inside the npy header");
  }

  @Test
  void npyTakesNoKey() {
    Path p = dir.resolve("a.npy");
    NpyWriter.write(p, NdArray.of(new float[] {1}));
    fails(p, "emb", p + ":emb: an .npy file holds a single array; drop ':emb'");
  }

  @Test
  void vectorsAndEventsCheckShapeAndValues() {
    Path matrix = dir.resolve("m.npy");
    NpyWriter.write(matrix, new NdArray(new float[6], new long[] {3, 2}));
    assertThatThrownBy(() -> Tensors.readVector(matrix, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(matrix + ": shape (3, 2) is not a vector; expected shape (N)");
    Path events = dir.resolve("e.npy");
    NpyWriter.write(events, new NdArray(new int[] {0, 1, 1, 1, 2, 0}, new long[] {3, 2}));
    assertThatThrownBy(() -> Tensors.readEvents(events))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(events + ": row 2 holds 2.0 at column 0; events must be 0 or 1");
    Path vector = dir.resolve("v.npy");
    NpyWriter.write(vector, NdArray.of(new int[] {0, 1}));
    assertThatThrownBy(() -> Tensors.readEvents(vector))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(vector + ": shape (2,) is not (N, E): one row of 0/1 events per sample, one column per epoch");
  }
}
