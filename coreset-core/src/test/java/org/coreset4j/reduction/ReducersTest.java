package org.coreset4j.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.api.Test;

class ReducersTest {
  @Test
  void parsesEveryKind() {
    assertThat(Reducers.parse("none")).isNull();
    assertThat(Reducers.parse("pca:3")).isInstanceOf(Pca.class);
    assertThat(Reducers.parse("random:8")).isInstanceOf(RandomProjection.class);
    assertThat(Reducers.parse("pca:3").describe()).startsWith("pca:3");
  }

  @Test
  void rejectsBadSpecsNamingTheOption() {
    for (String bad : new String[] {"", "pca", "pca:", "pca:0", "pca:-2", "pca:x", "tsne:2", "random:1.5", "none:3"}) {
      assertThatThrownBy(() -> Reducers.parse(bad)).as(bad)
          .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--reduce");
    }
  }

  @Test
  void rejectsMoreDimensionsThanTheInputHas() {
    FloatMatrix x = FloatMatrix.of(new float[20 * 4], 20, 4);
    for (String spec : new String[] {"pca:5", "random:5"}) {
      assertThatThrownBy(() -> Reducers.parse(spec).reduce(x, 0, new Parallel(1), Progress.NONE)).as(spec)
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("--reduce " + spec)
          .hasMessageContaining("input has 4");
    }
  }
}
