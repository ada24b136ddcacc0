package org.coreset4j.evaluation;

import java.util.Arrays;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.data.FloatMatrix;

/** What the downstream models learn: depth maps, image-text retrieval or class labels. */
public sealed interface TaskSpec {
  /** The task's name on the command line. */
  String name();

  /** Predict (N, height, width) depth maps, given as N x (height * width), from the fused inputs. */
  record Depth(FloatMatrix maps, int height, int width) implements TaskSpec {
    public Depth {
      if (height < 1 || width < 1 || (long) height * width != maps.cols()) {
        throw new InvalidInputException("--target rows of " + maps.cols() + " values do not form a "
            + height + " x " + width + " depth map");
      }
    }

    @Override
    public String name() {
      return "depth";
    }
  }

  /** Retrieve captions from images and back; {@code image} and {@code text} name two inputs. */
  record Retrieval(String image, String text) implements TaskSpec {
    public Retrieval {
      if (image.equals(text)) {
        throw new InvalidInputException("--pair " + image + "," + text + " must name two different inputs");
      }
    }

    @Override
    public String name() {
      return "retrieval";
    }
  }

  /** Predict class labels in [0, C) from the fused inputs. */
  record Classify(int[] labels) implements TaskSpec {
    public Classify {
      labels = labels.clone();
      int min = Arrays.stream(labels).min().orElse(0);
      if (min < 0) {
        throw new InvalidInputException("--labels holds the negative label " + min + "; labels must be 0, 1, ...");
      }
    }

    @Override
    public String name() {
      return "classify";
    }
  }

  /** The task names accepted by {@code --task}. */
  String NAMES = "depth|retrieval|classify";

  /** Checks a {@code --task} value. */
  static String checkName(String task) {
    if (!Arrays.asList(NAMES.split("\\|")).contains(task)) {
      throw new InvalidInputException("--task " + task + " is not one of " + NAMES);
    }
    return task;
  }
}
