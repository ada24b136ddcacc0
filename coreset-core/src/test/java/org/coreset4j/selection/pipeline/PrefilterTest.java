package org.coreset4j.selection.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selectors;
import org.coreset4j.testing.BruteForce;
import org.coreset4j.testing.TestData;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class PrefilterTest {
  private static final FloatMatrix IMAGE = TestData.clustered(600, 8, 4, 100, 30, 2);
  private static final FloatMatrix TEXT = TestData.clustered(600, 8, 4, 100, 30, 3);
  private static final FloatMatrix FEATURES = TestData.clustered(600, 12, 5, 100, 30, 4);

  private static Selection run(String spec, String method, MethodOptions options, int k, int threads) {
    try (Parallel p = new Parallel(threads)) {
      return Prefilter.parse(spec).then(method, options).select(FEATURES, Budget.size(k),
          SelectionContext.of(7, p).withModalities(Map.of("image", IMAGE, "text", TEXT)));
    }
  }

  /** The kept rows are clipscore's top share (by a brute-force cosine), and the method selects among them alone. */
  @Test
  void selectsWithTheMethodAmongTheRowsTheFilterKept() {
    int[] kept = BruteForce.top(BruteForce.pairCosines(IMAGE, TEXT), 420);
    Selection direct;
    try (Parallel p = new Parallel(1)) {
      direct = Selectors.create("herding", MethodOptions.empty())
          .select(FEATURES.gather(kept), Budget.size(60), SelectionContext.of(7, p));
    }
    int[] want = Arrays.stream(direct.indices()).map(i -> kept[i]).sorted().toArray();
    MethodOptions options = MethodOptions.of("pair", "image,text");
    Selection one = run("clipscore:0.7", "herding", options, 60, 1);
    assertThat(one.indices()).isEqualTo(want);
    assertThat(run("clipscore:0.7", "herding", options, 60, 2).indices()).isEqualTo(want);
    // order is mapped back to indices into N; the kept rows are marked
    long[] order = (long[]) one.diagnostics().get("order").data();
    long[] directOrder = (long[]) direct.diagnostics().get("order").data();
    assertThat(order).containsExactly(Arrays.stream(directOrder).map(i -> kept[(int) i]).toArray());
    int[] mark = (int[]) one.diagnostics().get("prefilter_kept").data();
    assertThat(IntStream.range(0, mark.length).filter(i -> mark[i] == 1).toArray()).isEqualTo(kept);
  }

  @Test
  void perRowDiagnosticsAreSpreadOverAllSamples() {
    Selection s = run("clipscore:0.5", "dq", MethodOptions.of("pair", "image,text", "bins", "3"), 30, 1);
    int[] bin = (int[]) s.diagnostics().get("bin").data();
    assertThat(bin).hasSize(600);
    int[] mark = (int[]) s.diagnostics().get("prefilter_kept").data();
    for (int i = 0; i < bin.length; i++) {
      assertThat(bin[i] >= 0).isEqualTo(mark[i] == 1);
    }
  }

  @Test
  void badSpecificationsAreRejectedNamingTheOption() {
    assertThatThrownBy(() -> Prefilter.parse("clipscore")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--prefilter clipscore must be METHOD:KEEP");
    assertThatThrownBy(() -> Prefilter.parse("clipscore:1.5")).hasMessageContaining("in (0, 1)");
    assertThatThrownBy(() -> Prefilter.parse("clipscore:x")).hasMessageContaining("x is not a number");
    assertThatThrownBy(() -> Prefilter.parse("nosuch:0.5")).hasMessageContaining("--method nosuch is not one of");
    assertThatThrownBy(() -> run("clipscore:0.7", "herding", MethodOptions.of("pair", "image,text", "bins", "3"),
        10, 1)).hasMessageContaining("--bins is not an option of --method herding or --prefilter clipscore");
    assertThatThrownBy(() -> run("clipscore:0.1", "herding", MethodOptions.of("pair", "image,text"), 100, 1))
        .hasMessageContaining("keeps 60 of 600 samples, fewer than the budget of 100");
  }
}
