package org.coreset4j.scenes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SceneGeneratorTest {
  private static final int COUNT = 60;
  private static final int SIZE = 32;
  private static SceneSet set;

  @BeforeAll
  static void generate() {
    try (Parallel p = new Parallel(1)) {
      set = SceneGenerator.generate(COUNT, 7, SIZE, p);
    }
  }

  @Test
  void sameSeedGivesSameBytesForOneAndTwoThreads() {
    SceneSet again;
    try (Parallel p = new Parallel(2)) {
      again = SceneGenerator.generate(COUNT, 7, SIZE, p);
    }
    assertThat(again.rgb()).isEqualTo(set.rgb());
    assertThat(again.mask()).isEqualTo(set.mask());
    assertThat(again.depth()).isEqualTo(set.depth());
    assertThat(again.labels()).isEqualTo(set.labels());
    assertThat(again.captions()).isEqualTo(set.captions());
    assertThat(again.objects()).isEqualTo(set.objects());
  }

  @Test
  void otherSeedGivesOtherScenes() {
    try (Parallel p = new Parallel(1)) {
      assertThat(SceneGenerator.generate(COUNT, 8, SIZE, p).rgb()).isNotEqualTo(set.rgb());
    }
  }

  @Test
  void objectsAreSeparatedAndInsideTheArea() {
    for (List<SceneObject> scene : set.objects()) {
      assertThat(scene).hasSizeBetween(Layout.MIN_OBJECTS, Layout.MAX_OBJECTS);
      for (int a = 0; a < scene.size(); a++) {
        SceneObject oa = scene.get(a);
        assertThat(Math.abs(oa.x())).isLessThanOrEqualTo(Layout.EXTENT);
        assertThat(Math.abs(oa.z())).isLessThanOrEqualTo(Layout.EXTENT);
        for (int b = a + 1; b < scene.size(); b++) {
          SceneObject ob = scene.get(b);
          double gap = Math.hypot(oa.x() - ob.x(), oa.z() - ob.z()) - oa.footprint() - ob.footprint();
          assertThat(gap).isGreaterThan(Layout.MARGIN);
        }
      }
    }
  }

  @Test
  void maskMatchesBruteForceRayCastingOfEveryObject() {
    double[] dir = new double[3];
    for (int i = 0; i < COUNT; i++) {
      List<SceneObject> scene = set.objects().get(i);
      for (int py = 0; py < SIZE; py++) {
        for (int px = 0; px < SIZE; px++) {
          Camera.DEFAULT.ray(px, py, SIZE, dir);
          double best = Camera.DEFAULT.groundHit(dir);
          int expected = Shape.BACKGROUND;
          for (SceneObject o : scene) {
            double t = Solid.of(o).hit(Camera.EYE_X, Camera.EYE_Y, Camera.EYE_Z, dir[0], dir[1], dir[2]);
            if (t < best) {
              best = t;
              expected = o.shape().classId();
            }
          }
          assertThat(set.mask()[(i * SIZE + py) * SIZE + px]).as("scene %d pixel (%d, %d)", i, px, py)
              .isEqualTo((byte) expected);
        }
      }
    }
  }

  @Test
  void depthIsPositiveAndObjectsAreNearerThanTheGroundBehindThem() {
    double[] dir = new double[3];
    Camera cam = Camera.DEFAULT;
    int objectPixels = 0;
    for (int i = 0; i < COUNT; i++) {
      for (int py = 0; py < SIZE; py++) {
        for (int px = 0; px < SIZE; px++) {
          int at = (i * SIZE + py) * SIZE + px;
          cam.ray(px, py, SIZE, dir);
          double t = cam.groundHit(dir);
          double ground = cam.depth(Camera.EYE_X + t * dir[0], 0, Camera.EYE_Z + t * dir[2]);
          assertThat(set.depth()[at]).isPositive();
          if (set.mask()[at] == Shape.BACKGROUND) {
            assertThat((double) set.depth()[at]).isCloseTo(ground, org.assertj.core.api.Assertions.within(1e-4 * ground));
          } else {
            objectPixels++;
            assertThat((double) set.depth()[at]).isLessThan(ground);
          }
        }
      }
    }
    assertThat(objectPixels).isPositive();
  }

  @Test
  void labelsCountTheShapesNamedInTheCaption() {
    for (int i = 0; i < COUNT; i++) {
      String objectList = set.captions().get(i).substring(0, set.captions().get(i).indexOf('.'));
      int[] counts = new int[3];
      for (String phrase : objectList.split(", | and ")) {
        String[] words = phrase.split(" ");
        assertThat(words).hasSize(5).startsWith("a");
        counts[Shape.valueOf(words[4].toUpperCase()).ordinal()]++;
      }
      assertThat(new int[] {set.labels()[3 * i], set.labels()[3 * i + 1], set.labels()[3 * i + 2]})
          .isEqualTo(counts).isEqualTo(SceneSet.countShapes(set.objects().get(i)));
    }
  }

  @Test
  void captionRelationsFollowObjectPositions() {
    SceneObject left = new SceneObject(Shape.CUBE, ObjectColor.RED, Material.METAL, ObjectSize.LARGE, -2, 0, 0);
    SceneObject right = new SceneObject(Shape.SPHERE, ObjectColor.BLUE, Material.RUBBER, ObjectSize.SMALL, 2, 0, 0);
    SceneObject near = new SceneObject(Shape.CYLINDER, ObjectColor.GRAY, Material.RUBBER, ObjectSize.SMALL, 0, 2.5, 0);
    assertThat(Caption.relation(left, right)).isEqualTo("left of");
    assertThat(Caption.relation(right, left)).isEqualTo("right of");
    assertThat(Caption.relation(near, new SceneObject(Shape.CUBE, ObjectColor.RED, Material.METAL, ObjectSize.LARGE, 0, -2.5, 0)))
        .isEqualTo("in front of");
    assertThat(Caption.relation(left, near)).isEqualTo("left of");
    for (String caption : set.captions()) {
      assertThat(caption.split("\\. the ")).hasSize(1 + Caption.RELATIONS);
    }
  }

  @Test
  void rejectsBadCountAndSize() {
    try (Parallel p = new Parallel(1)) {
      assertThatThrownBy(() -> SceneGenerator.generate(0, 0, SIZE, p)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("--count 0");
      assertThatThrownBy(() -> SceneGenerator.generate(1, 0, 4, p)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("--size 4");
    }
  }
}
