package org.coreset4j.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Each seed stream against its definition, or against values it has always given. */
class SeedsTest {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  @Property
  void mixIsSplitMix64AtTheStream(@ForAll long seed, @ForAll long stream) {
    assertThat(Seeds.mix(seed, stream)).isEqualTo(new SplittableRandom(seed + GOLDEN * stream).nextLong());
  }

  @Property
  void deriveIsTheFirstValueOfAnXoredSplittableRandom(@ForAll long seed, @ForAll long stream) {
    assertThat(Seeds.derive(seed, stream)).isEqualTo(new SplittableRandom(seed ^ GOLDEN * (stream + 1)).nextLong());
  }

  @Example
  void sceneSeedsAreTheOnesScenesWereGeneratedWith() {
    assertThat(Seeds.scene(0, 0)).isEqualTo(7175312947680778460L);
    assertThat(Seeds.scene(0, 1)).isEqualTo(-4107313548078227474L);
    assertThat(Seeds.scene(42, 7)).isEqualTo(-151588699692668527L);
    assertThat(Seeds.scene(-1, 123456)).isEqualTo(-3092733235940612287L);
    assertThat(Seeds.scene(Long.MIN_VALUE, Integer.MAX_VALUE)).isEqualTo(-5473743868139363924L);
  }

  @Example
  void linearDoesNotMix() {
    assertThat(Seeds.linear(3, 7)).isEqualTo(3 * GOLDEN + 7);
  }
}
