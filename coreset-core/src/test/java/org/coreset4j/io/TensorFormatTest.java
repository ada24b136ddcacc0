package org.coreset4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ServiceLoader;
import org.coreset4j.util.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without the coreset-parquet module (as in this module's tests), Parquet input is one clear error. */
class TensorFormatTest {
  @TempDir Path dir;

  @Test
  void parquetWithoutItsModuleIsAnErrorNamingTheFileAndTheModule() {
    assertThat(ServiceLoader.load(TensorFormat.class).stream()).isEmpty();
    Path p = TestFiles.write(dir.resolve("emb.parquet"), new byte[] {1, 2, 3, 4});
    assertThatThrownBy(() -> Tensors.open(p, "emb"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(p + ":emb: reading .parquet files needs the coreset-parquet module"
            + " (org.coreset4j:coreset-parquet) on the classpath");
    assertThat(Tensors.extensions()).isEqualTo(Tensors.EXTENSIONS);
  }
}
