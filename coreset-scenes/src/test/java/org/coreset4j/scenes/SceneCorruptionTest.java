package org.coreset4j.scenes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneCorruptionTest {
  private static final int COUNT = 200;
  private static final int SIZE = 24;
  private static final long SEED = 5;
  private static final Corruption NOISY = new Corruption(0.1, 0.1, 0.05, 0.05, 0.1, 1.0);
  private static NoisySceneSet noisy;
  /** The same seed and long tail without corruption: the true scenes. */
  private static SceneSet clean;

  @BeforeAll
  static void generate() {
    try (Parallel p = new Parallel(1)) {
      noisy = SceneGenerator.generate(COUNT, SEED, SIZE, NOISY, p, Progress.NONE);
      clean = SceneGenerator.generate(COUNT, SEED, SIZE, new Corruption(0, 0, 0, 0, 0, 1.0), p, Progress.NONE).scenes();
    }
  }

  private static GroundTruth truth() {
    return noisy.truth();
  }

  private static SceneSet set() {
    return noisy.scenes();
  }

  @Test
  void eachKindHasExactlyItsRoundedShareAndNoSceneHasTwo() {
    int[] counts = truth().counts();
    assertThat(counts[CorruptionKind.MISALIGNED.ordinal()]).isEqualTo(20);
    assertThat(counts[CorruptionKind.WRONG_ATTRIBUTE.ordinal()]).isEqualTo(20);
    assertThat(counts[CorruptionKind.NEAR_DUPLICATE.ordinal()]).isEqualTo(10);
    assertThat(counts[CorruptionKind.DUPLICATE.ordinal()]).isEqualTo(10);
    assertThat(counts[CorruptionKind.LOW_QUALITY.ordinal()]).isEqualTo(20);
    assertThat(counts[CorruptionKind.CLEAN.ordinal()]).isEqualTo(120);
    assertThat(new Corruption(0.125, 0, 0, 0, 0.0049, 0).counts(100)[CorruptionKind.MISALIGNED.ordinal()])
        .as("round half up").isEqualTo(13);
    for (int i = 0; i < COUNT; i++) {
      CorruptionKind kind = truth().kind(i);
      if (kind.hasSource()) {
        assertThat(truth().kind(truth().sources()[i])).as("source of %d", i).isEqualTo(CorruptionKind.CLEAN);
      } else {
        assertThat(truth().sources()[i]).isEqualTo(-1);
      }
    }
  }

  @Test
  void cleanAndLowQualityScenesKeepTheirObjectsMaskDepthAndCaption() {
    for (int i = 0; i < COUNT; i++) {
      CorruptionKind kind = truth().kind(i);
      if (kind == CorruptionKind.CLEAN || kind == CorruptionKind.LOW_QUALITY) {
        assertThat(set().captions().get(i)).isEqualTo(clean.captions().get(i));
        assertThat(set().objects().get(i)).isEqualTo(clean.objects().get(i));
        assertThat(mask(set(), i)).isEqualTo(mask(clean, i));
        assertThat(depth(set(), i)).isEqualTo(depth(clean, i));
        if (kind == CorruptionKind.CLEAN) {
          assertThat(rgb(set(), i)).isEqualTo(rgb(clean, i));
        } else {
          assertThat(rgb(set(), i)).as("low-quality image %d", i).isNotEqualTo(rgb(clean, i));
        }
      }
    }
  }

  @Test
  void misalignedScenesShowTheirOwnImageWithAnotherScenesCaption() {
    for (int i = 0; i < COUNT; i++) {
      if (truth().kind(i) == CorruptionKind.MISALIGNED) {
        int source = truth().sources()[i];
        assertThat(source).isNotEqualTo(i);
        assertThat(set().captions().get(i)).isEqualTo(set().captions().get(source))
            .isNotEqualTo(clean.captions().get(i));
        assertThat(rgb(set(), i)).isEqualTo(rgb(clean, i));
        assertThat(set().objects().get(i)).isEqualTo(clean.objects().get(i));
      }
    }
  }

  @Test
  void wrongAttributeCaptionsDifferFromTheTrueCaptionInExactlyOneAttribute() {
    List<String> vocabulary = new ArrayList<>();
    for (Object[] values : new Object[][] {Shape.values(), ObjectColor.values(), Material.values(), ObjectSize.values()}) {
      for (Object v : values) {
        vocabulary.add(v.toString().toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (int i = 0; i < COUNT; i++) {
      if (truth().kind(i) == CorruptionKind.WRONG_ATTRIBUTE) {
        String[] wrong = set().captions().get(i).replaceAll("[.,]", "").split(" ");
        String[] right = clean.captions().get(i).replaceAll("[.,]", "").split(" ");
        assertThat(wrong).hasSameSizeAs(right);
        List<String> changes = new ArrayList<>();
        for (int w = 0; w < wrong.length; w++) {
          if (!wrong[w].equals(right[w])) {
            assertThat(vocabulary).contains(right[w], wrong[w]);
            changes.add(right[w] + " -> " + wrong[w]);
          }
        }
        // one object's attribute changes wherever the caption names that object: one distinct change
        assertThat(changes).as("scene %d", i).isNotEmpty();
        assertThat(changes.stream().distinct()).hasSize(1);
        assertThat(rgb(set(), i)).isEqualTo(rgb(clean, i));
        assertThat(set().objects().get(i)).isEqualTo(clean.objects().get(i));
      }
    }
  }

  @Test
  void exactDuplicatesCopyTheirOriginalEntirely() {
    int seen = 0;
    for (int i = 0; i < COUNT; i++) {
      if (truth().kind(i) == CorruptionKind.DUPLICATE) {
        int o = truth().sources()[i];
        assertThat(rgb(set(), i)).isEqualTo(rgb(set(), o));
        assertThat(mask(set(), i)).isEqualTo(mask(set(), o));
        assertThat(depth(set(), i)).isEqualTo(depth(set(), o));
        assertThat(set().captions().get(i)).isEqualTo(set().captions().get(o));
        assertThat(set().objects().get(i)).isEqualTo(set().objects().get(o));
        assertThat(Arrays.copyOfRange(set().labels(), 3 * i, 3 * i + 3))
            .isEqualTo(Arrays.copyOfRange(set().labels(), 3 * o, 3 * o + 3));
        seen++;
      }
    }
    assertThat(seen).isEqualTo(10);
  }

  @Test
  void nearDuplicatesMoveTheOriginalsObjectsALittle() {
    for (int i = 0; i < COUNT; i++) {
      if (truth().kind(i) == CorruptionKind.NEAR_DUPLICATE) {
        List<SceneObject> copy = set().objects().get(i);
        List<SceneObject> original = set().objects().get(truth().sources()[i]);
        assertThat(copy).hasSameSizeAs(original).isNotEqualTo(original);
        for (int k = 0; k < copy.size(); k++) {
          assertThat(copy.get(k).describe()).isEqualTo(original.get(k).describe());
          assertThat(copy.get(k).x()).isCloseTo(original.get(k).x(), within(Corruptions.JITTER));
          assertThat(copy.get(k).z()).isCloseTo(original.get(k).z(), within(Corruptions.JITTER));
          assertThat(Math.abs(copy.get(k).x())).isLessThanOrEqualTo(Layout.EXTENT);
          for (int m = k + 1; m < copy.size(); m++) {
            assertThat(copy.get(k).clearOf(copy.get(m), Layout.MARGIN)).isTrue();
          }
        }
        assertThat(rgb(set(), i)).isNotEqualTo(rgb(set(), truth().sources()[i]));
        assertThat(SceneSet.countShapes(copy)).isEqualTo(SceneSet.countShapes(original));
      }
    }
  }

  @Test
  void sameSeedGivesSameOutputForOneAndTwoThreads() {
    NoisySceneSet again;
    try (Parallel p = new Parallel(2)) {
      again = SceneGenerator.generate(COUNT, SEED, SIZE, NOISY, p, Progress.NONE);
    }
    assertThat(again.scenes().rgb()).isEqualTo(set().rgb());
    assertThat(again.scenes().mask()).isEqualTo(set().mask());
    assertThat(again.scenes().depth()).isEqualTo(set().depth());
    assertThat(again.scenes().labels()).isEqualTo(set().labels());
    assertThat(again.scenes().captions()).isEqualTo(set().captions());
    assertThat(again.scenes().objects()).isEqualTo(set().objects());
    assertThat(again.truth().kinds()).isEqualTo(truth().kinds());
    assertThat(again.truth().sources()).isEqualTo(truth().sources());
    assertThat(again.truth().conceptProbabilities()).isEqualTo(truth().conceptProbabilities());
  }

  @Test
  void cleanDefaultsGiveTheCleanScenesAndAnAllCleanTruth() {
    try (Parallel p = new Parallel(2)) {
      SceneSet plain = SceneGenerator.generate(40, SEED, 16, p);
      NoisySceneSet none = SceneGenerator.generate(40, SEED, 16, Corruption.NONE, p, Progress.NONE);
      assertThat(none.scenes().rgb()).isEqualTo(plain.rgb());
      assertThat(none.scenes().captions()).isEqualTo(plain.captions());
      assertThat(none.scenes().objects()).isEqualTo(plain.objects());
      assertThat(none.truth().kinds()).containsOnly(CorruptionKind.CLEAN.code());
      assertThat(none.truth().sources()).containsOnly(-1);
      assertThat(none.truth().conceptProbabilities()).isNull();
      assertThat(Corruption.NONE.isClean()).isTrue();
      assertThat(Corruption.NOISY.isClean()).isFalse();
    }
  }

  @Test
  void longTailConceptCountsFollowTheRequestedSkew() {
    double exponent = 1.5;
    Concepts concepts = Concepts.zipf(exponent, new SplittableRandom(3));
    double[] p = concepts.probabilities();
    int[] ranked = concepts.ranked();
    assertThat(Arrays.stream(p).sum()).isCloseTo(1, within(1e-12));
    for (int r = 1; r < Concepts.COUNT; r++) {
      assertThat(p[ranked[r]] / p[ranked[0]]).isCloseTo(Math.pow(r + 1, -exponent), within(1e-12));
    }
    int[] counts = new int[Concepts.COUNT];
    SplittableRandom rng = new SplittableRandom(9);
    int objects = 0;
    for (int s = 0; s < 6000; s++) {
      for (SceneObject o : Layout.sample(rng, concepts)) {
        counts[Concepts.of(o.shape(), o.color())]++;
        objects++;
      }
    }
    // least-squares slope of log(count) against log(rank): -exponent, up to placement's slight bias
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int r = 0; r < Concepts.COUNT; r++) {
      assertThat(counts[ranked[r]]).as("rank %d", r + 1).isPositive();
      double x = Math.log(r + 1);
      double y = Math.log(counts[ranked[r]]);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    int n = Concepts.COUNT;
    double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    assertThat(slope).isCloseTo(-exponent, within(0.15));
    assertThat((double) counts[ranked[0]] / objects).isCloseTo(p[ranked[0]], within(0.05));
    // the generated set's objects follow the same table
    int[] setCounts = new int[Concepts.COUNT];
    for (List<SceneObject> scene : clean.objects()) {
      for (SceneObject o : scene) {
        setCounts[Concepts.of(o.shape(), o.color())]++;
      }
    }
    double[] setP = truth().conceptProbabilities();
    int most = 0;
    int least = 0;
    for (int c = 1; c < Concepts.COUNT; c++) {
      most = setP[c] > setP[most] ? c : most;
      least = setP[c] < setP[least] ? c : least;
    }
    assertThat(setCounts[most]).isGreaterThan(5 * Math.max(1, setCounts[least]));
  }

  @Test
  void rejectsBadFractionsNamingTheOption() {
    assertThatThrownBy(() -> new Corruption(-0.1, 0, 0, 0, 0, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--misaligned -0.1");
    assertThatThrownBy(() -> new Corruption(0, 1.5, 0, 0, 0, 0)).hasMessageStartingWith("--wrong-attribute 1.5");
    assertThatThrownBy(() -> new Corruption(0, 0, Double.NaN, 0, 0, 0)).hasMessageStartingWith("--near-duplicates NaN");
    assertThatThrownBy(() -> new Corruption(0, 0, 0, 2, 0, 0)).hasMessageStartingWith("--duplicates 2");
    assertThatThrownBy(() -> new Corruption(0, 0, 0, 0, -1, 0)).hasMessageStartingWith("--low-quality -1");
    assertThatThrownBy(() -> new Corruption(0, 0, 0, 0, 0, -1)).hasMessageStartingWith("--long-tail -1");
    assertThatThrownBy(() -> new Corruption(0.6, 0, 0, 0, 0.5, 0).counts(10))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--misaligned 0.6, --low-quality 0.5");
    assertThatThrownBy(() -> new Corruption(0.5, 0, 0, 0.5, 0, 0).counts(10))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no clean scene");
    assertThat(new Corruption(0, 0, 0, 0, 1, 0).counts(10)[CorruptionKind.LOW_QUALITY.ordinal()]).isEqualTo(10);
  }

  @Test
  void theGroundTruthIsWrittenBesideTheScenesAndReadingTheScenesIgnoresIt(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("noisy");
    try (Parallel p = new Parallel(2)) {
      SceneFiles.write(noisy, dir, p);
      SceneSet read = SceneFiles.read(dir, p);
      assertThat(read.rgb()).isEqualTo(set().rgb());
      assertThat(read.captions()).isEqualTo(set().captions());
      assertThat(read.labels()).isEqualTo(set().labels());
    }
    try (Tensor t = Tensors.open(dir.resolve(SceneFiles.CORRUPTION), null)) {
      assertThat(t.shape()).containsExactly(COUNT, 2);
      float[] rows = Tensors.readMatrix(t).toArray();
      for (int i = 0; i < COUNT; i++) {
        assertThat((int) rows[2 * i]).isEqualTo(truth().kinds()[i]);
        assertThat((int) rows[2 * i + 1]).isEqualTo(truth().sources()[i]);
      }
    }
    assertThat(Files.readString(dir.resolve(SceneFiles.CORRUPTION_META))).contains("\"wrong_attribute\" : 20");
  }

  private static byte[] rgb(SceneSet s, int i) {
    int p = s.size() * s.size();
    return Arrays.copyOfRange(s.rgb(), 3 * i * p, 3 * (i + 1) * p);
  }

  private static byte[] mask(SceneSet s, int i) {
    int p = s.size() * s.size();
    return Arrays.copyOfRange(s.mask(), i * p, (i + 1) * p);
  }

  private static float[] depth(SceneSet s, int i) {
    int p = s.size() * s.size();
    return Arrays.copyOfRange(s.depth(), i * p, (i + 1) * p);
  }
}
