package org.coreset4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHashesTest {
  @TempDir Path dir;

  @Test
  void matchesDigestOfTheBytes() throws Exception {
    byte[] bytes = new byte[3_000_001];
    new SplittableRandom(3).nextBytes(bytes);
    Path p = TestFiles.write(dir.resolve("x.bin"), bytes);
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertThat(FileHashes.sha256(p)).isEqualTo(expected);
  }

  @Test
  void emptyFileHasTheKnownDigest() {
    Path p = TestFiles.write(dir.resolve("empty"), new byte[0]);
    assertThat(FileHashes.sha256(p))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
