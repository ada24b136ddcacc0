package org.coreset4j.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The two L2 normalisations: unit length, same direction, zero rows kept, one rounding each. */
class NormalizeTest {
  @Property
  void rowsBecomeUnitLengthAndAgreeWithTheFloat64Variant(@ForAll long seed, @ForAll @IntRange(max = 40) int d,
      @ForAll boolean zero) {
    SplittableRandom rng = new SplittableRandom(seed);
    float[] v = new float[d];
    for (int j = 0; j < d; j++) {
      v[j] = zero ? (rng.nextBoolean() ? -0f : 0f) : (float) (rng.nextGaussian() * Math.pow(10, rng.nextInt(-20, 21)));
    }
    double[] wide = new double[d];
    for (int j = 0; j < d; j++) {
      wide[j] = v[j];
    }
    float[] unit = v.clone();
    Vectors.normalize(unit);
    assertThat(Vectors.unitFloats(wide)).isEqualTo(unit);
    if (zero || d == 0) {
      assertThat(unit).isEqualTo(v);
      return;
    }
    double ss = 0;
    for (int j = 0; j < d; j++) {
      ss += (double) unit[j] * unit[j];
      assertThat(Math.signum(unit[j])).isEqualTo(Math.signum(v[j]));
    }
    assertThat(Math.sqrt(ss)).isCloseTo(1.0, within(1e-6));
  }
}
