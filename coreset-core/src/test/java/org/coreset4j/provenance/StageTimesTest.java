package org.coreset4j.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.coreset4j.util.Progress;
import org.junit.jupiter.api.Test;

class StageTimesTest {
  @Test
  void stagesReportedToTheProgressAreTimedInsideTheOpenStage() {
    StageTimes times = new StageTimes();
    List<String> seen = new ArrayList<>();
    Progress inner = new Progress() {
      @Override
      public void start(String stage, long total) {
        seen.add(stage);
      }

      @Override
      public void advance(long steps) {}

      @Override
      public void finish() {}
    };
    Progress p = times.recording(inner);
    times.time("select", () -> {
      for (int pass = 0; pass < 2; pass++) {
        p.start("k-means", 3);
        p.advance(3);
        p.finish();
      }
      p.start("greedy", 1);
      p.finish();
      return null;
    });
    p.start("after", 1);
    p.finish();
    assertThat(times.seconds()).containsOnlyKeys("select", "select/k-means", "select/greedy", "after");
    assertThat(times.seconds().get("select")).isGreaterThanOrEqualTo(
        times.seconds().get("select/k-means") + times.seconds().get("select/greedy"));
    assertThat(seen).containsExactly("k-means", "k-means", "greedy", "after");
  }
}
