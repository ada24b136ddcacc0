package org.coreset4j.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coreset4j.report.CorruptionTable;
import org.coreset4j.scenes.Corruption;
import org.coreset4j.scenes.GroundTruth;
import org.coreset4j.util.InvalidInputException;
import org.junit.jupiter.api.Test;

class CorruptionAccountingTest {
  /** Ten scenes: 0-3 clean, 4 and 5 misaligned, 6 wrong attribute, 7 near duplicate, 8 duplicate, 9 low quality. */
  private static GroundTruth truth() {
    int[] kinds = {0, 0, 0, 0, 1, 1, 2, 3, 4, 5};
    int[] sources = {-1, -1, -1, -1, 0, 1, -1, 2, 3, -1};
    return new GroundTruth(Corruption.NOISY, kinds, sources, null);
  }

  @Test
  void countsEachKindEachSubsetKeptAndTheFullData() {
    Map<String, int[]> subsets = new LinkedHashMap<>();
    subsets.put("clean only", new int[] {0, 1, 2});
    subsets.put("mixed", new int[] {0, 4, 5, 8});
    subsets.put("all noise", new int[] {4, 5, 6, 7, 8, 9});
    CorruptionTable t = CorruptionAccounting.table(truth(), subsets, 4);
    assertThat(t.kinds()).containsExactly("misaligned", "wrong_attribute", "near_duplicate", "duplicate",
        "low_quality");
    assertThat(t.samples()).isEqualTo(10);
    assertThat(t.full()).containsExactly(2, 1, 1, 1, 1);
    assertThat(t.fullCorrupted()).isEqualTo(6);
    assertThat(t.rows()).extracting(CorruptionTable.Row::method).containsExactly("clean only", "mixed", "all noise");
    CorruptionTable.Row clean = t.rows().get(0);
    assertThat(clean.counts()).containsExactly(0, 0, 0, 0, 0);
    assertThat(clean.kept()).isEqualTo(3);
    assertThat(clean.budget()).isEqualTo(4);
    CorruptionTable.Row mixed = t.rows().get(1);
    assertThat(mixed.counts()).containsExactly(2, 0, 0, 1, 0);
    assertThat(mixed.corrupted()).isEqualTo(3);
    assertThat(mixed.corruptedPercent()).isEqualTo(75.0);
    assertThat(t.rows().get(2).counts()).containsExactly(2, 1, 1, 1, 1);
    assertThat(t.rows().get(2).corruptedPercent()).isEqualTo(100.0);
  }

  @Test
  void anIndexOutsideTheScenesIsRejected() {
    assertThatThrownBy(() -> CorruptionAccounting.table(truth(), Map.of("m", new int[] {10}), 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("index 10");
  }

  @Test
  void noisyByDefaultCleanOnRequestInSeparateCaches() {
    DemoOptions noisy = new DemoOptions(100, List.of(0.2), 1, 3, Path.of("o"), Path.of("c"), false);
    DemoOptions clean = new DemoOptions(100, List.of(0.2), 1, 3, Path.of("o"), Path.of("c"), true);
    assertThat(noisy.corruption()).isEqualTo(Corruption.NOISY);
    assertThat(clean.corruption()).isEqualTo(Corruption.NONE);
    assertThat(noisy.cacheKey()).isEqualTo("noisy-100-seed3");
    assertThat(clean.cacheKey()).isEqualTo("clean-100-seed3");
    assertThat(List.of(noisy.cacheKey(), clean.cacheKey())).doesNotHaveDuplicates();
  }
}
