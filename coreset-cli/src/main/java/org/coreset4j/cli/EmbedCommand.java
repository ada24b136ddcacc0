package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.embed.EmbedOptions;
import org.coreset4j.embed.Embeddings;
import org.coreset4j.scenes.SceneFiles;
import org.coreset4j.scenes.SceneSet;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code coreset embed}: embeds a scene directory with the built-in (or the user's) encoders. */
@Command(name = "embed", mixinStandardHelpOptions = true,
    description = {"Embed a directory written by 'coreset scenes'.",
        "Writes OUT/image.npy and OUT/mask.npy (float32 N x T x D random-feature patch tokens,"
            + " T = (size/patch)^2 + 1 with the global token last; image.npy is N x D with --image-model)"
            + " and OUT/text.npy (float32 N x 384 unit all-MiniLM-L6-v2 caption embeddings)."})
public final class EmbedCommand implements Callable<Integer> {
  @Option(names = "--scenes", required = true, description = "Scene directory.")
  Path scenes;

  @Option(names = "--out", required = true, description = "Output directory.")
  Path out;

  @Option(names = "--patch", description = "Patch side in pixels (default ${DEFAULT-VALUE}).")
  int patch = EmbedOptions.DEFAULTS.patch();

  @Option(names = "--dim", description = "Token dimension of the image and mask encoders (default ${DEFAULT-VALUE}).")
  int dim = EmbedOptions.DEFAULTS.dim();

  @Option(names = "--seed", description = "Seed of the random projections (default ${DEFAULT-VALUE}).")
  long seed = EmbedOptions.DEFAULTS.seed();

  @Option(names = "--no-text", description = "Skip the captions.")
  boolean noText;

  @Option(names = "--text-batch", description = "Captions per model run (default ${DEFAULT-VALUE}: each caption on its own).")
  int textBatch = EmbedOptions.DEFAULTS.textBatch();

  @Option(names = "--image-batch", description = "Images per run of --image-model (default ${DEFAULT-VALUE}).")
  int imageBatch = EmbedOptions.DEFAULTS.imageBatch();

  @Option(names = "--image-model", description = "ONNX image model: NCHW float32 input, ImageNet-normalised;"
      + " first output, mean-pooled over tokens or space.")
  Path imageModel;

  @Option(names = "--text-model", description = "ONNX text model taking input_ids (and attention_mask,"
      + " token_type_ids); first output mean-pooled and L2-normalised.")
  Path textModel;

  @Option(names = "--tokenizer", description = "WordPiece tokenizer.json of --text-model"
      + " (default: all-MiniLM-L6-v2's uncased BERT vocabulary).")
  Path tokenizer;

  @Option(names = "--threads", description = "Worker threads (default: all processors).")
  Integer threads;

  @Override
  public Integer call() throws Exception {
    if (threads != null && threads < 1) {
      throw new InvalidInputException("--threads " + threads + ": must be at least 1");
    }
    OutputFiles.Clashes files = new OutputFiles.Clashes();
    for (String name : List.of(SceneFiles.CAPTIONS, SceneFiles.DEPTH, SceneFiles.LABELS)) {
      files.input("--scenes", scenes.resolve(name));
    }
    files.input("--image-model", imageModel).input("--text-model", textModel).input("--tokenizer", tokenizer)
        .outputs("--out", out, noText ? List.of("image.npy", "mask.npy") : List.of("image.npy", "mask.npy", "text.npy"))
        .check();
    EmbedOptions options = new EmbedOptions(patch, dim, seed, !noText, textBatch, imageBatch,
        imageModel, textModel, tokenizer);
    try (Parallel parallel = threads == null ? Parallel.defaults() : new Parallel(threads)) {
      SceneSet set = SceneFiles.read(scenes, parallel);
      Embeddings.ofScenes(set, options, parallel, Progress.NONE).write(out);
    }
    return ExitCodes.OK;
  }
}
