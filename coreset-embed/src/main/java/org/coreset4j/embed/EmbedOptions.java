package org.coreset4j.embed;

import java.nio.file.Files;
import java.nio.file.Path;
import org.coreset4j.util.InvalidInputException;

/**
 * Options of the built-in encoders, defaults in {@link #DEFAULTS}.
 *
 * @param patch patch side in pixels of the image and mask token encoders; divides the image size
 * @param dim token dimension D of the image and mask token encoders
 * @param seed seed of the random projections
 * @param text whether to embed the captions
 * @param textBatch captions per text model run (see {@link OnnxTextEncoder})
 * @param imageBatch images per run of a user image model
 * @param imageModel a user ONNX image model replacing the image token encoder, or null
 * @param textModel a user ONNX text model replacing all-MiniLM-L6-v2, or null
 * @param tokenizer the WordPiece tokenizer.json of {@code textModel}, or null for MiniLM's
 */
public record EmbedOptions(int patch, int dim, long seed, boolean text, int textBatch, int imageBatch,
    Path imageModel, Path textModel, Path tokenizer) {
  public static final EmbedOptions DEFAULTS = new EmbedOptions(8, 64, 0, true,
      OnnxTextEncoder.DEFAULT_BATCH, OnnxImageEncoder.DEFAULT_BATCH, null, null, null);

  public EmbedOptions {
    positive("--patch", patch);
    positive("--dim", dim);
    positive("--text-batch", textBatch);
    positive("--image-batch", imageBatch);
    readable("--image-model", imageModel);
    readable("--text-model", textModel);
    readable("--tokenizer", tokenizer);
    if (tokenizer != null && textModel == null) {
      throw new InvalidInputException("--tokenizer " + tokenizer + ": only used with --text-model");
    }
  }

  /** These options with another encoder seed. */
  public EmbedOptions withSeed(long s) {
    return new EmbedOptions(patch, dim, s, text, textBatch, imageBatch, imageModel, textModel, tokenizer);
  }

  private static void positive(String option, int value) {
    if (value < 1) {
      throw new InvalidInputException(option + " " + value + ": must be at least 1");
    }
  }

  private static void readable(String option, Path file) {
    if (file != null && !Files.isRegularFile(file)) {
      throw new InvalidInputException(option + " " + file + ": no such file");
    }
  }
}
