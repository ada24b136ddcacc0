package org.coreset4j.embed;

import org.coreset4j.data.NdArray;
import org.coreset4j.io.NpyWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.scenes.SceneSet;
import org.coreset4j.util.Parallel;
import org.coreset4j.util.Progress;

/**
 * Per-modality embeddings of a scene set, in the order image, mask, text:
 * <ul>
 *   <li>{@code image}: (N, T, D) random-feature tokens of the RGB images ({@link RandomPatchEncoder},
 *       T = (size/patch)^2 + 1), or (N, D) from a user image model ({@link OnnxImageEncoder});
 *   <li>{@code mask}: (N, T, D) random-feature tokens of the one-hot semantic masks;
 *   <li>{@code text}: (N, 384) unit-length all-MiniLM-L6-v2 caption embeddings, or (N, D) from a
 *       user text model ({@link OnnxTextEncoder}); absent when text is off.
 * </ul>
 */
public record Embeddings(List<EmbeddingArray> arrays) {
  public Embeddings {
    arrays = List.copyOf(arrays);
  }

  /** Embeds the scenes with the built-in (or the user's) encoders. */
  public static Embeddings ofScenes(SceneSet set, EmbedOptions options, Parallel parallel, Progress progress) {
    SplittableRandom seeds = new SplittableRandom(options.seed());
    long imageSeed = seeds.nextLong();
    long maskSeed = seeds.nextLong();
    EmbeddingArray image;
    if (options.imageModel() == null) {
      image = new RandomPatchEncoder(3, options.patch(), options.dim(), imageSeed)
          .encode("image", ChannelImage.rgb(set), parallel, progress);
    } else {
      try (OnnxImageEncoder encoder = OnnxImageEncoder.of(options.imageModel())) {
        image = encoder.encode("image", ChannelImage.rgb(set), options.imageBatch(), parallel, progress);
      }
    }
    ChannelImage masks = ChannelImage.oneHotMask(set);
    EmbeddingArray mask = new RandomPatchEncoder(masks.channels(), options.patch(), options.dim(), maskSeed)
        .encode("mask", masks, parallel, progress);
    if (!options.text()) {
      return new Embeddings(List.of(image, mask));
    }
    try (OnnxTextEncoder encoder = options.textModel() == null ? OnnxTextEncoder.miniLm()
        : OnnxTextEncoder.of(options.textModel(), options.tokenizer())) {
      FloatMatrix text = encoder.encode(set.captions(), options.textBatch(), parallel, progress);
      return new Embeddings(List.of(image, mask,
          new EmbeddingArray("text", text, new long[] {text.rows(), text.cols()})));
    }
  }

  /** The modality's embeddings; IllegalArgumentException when absent. */
  public EmbeddingArray get(String name) {
    return arrays.stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no modality " + name));
  }

  /** Writes {@code NAME.npy} (float32) per modality into {@code dir}, each file complete or absent. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (EmbeddingArray a : arrays) {
      NpyWriter.write(dir.resolve(a.name() + ".npy"), new NdArray(a.values().toArray(), a.shape()));
    }
  }

}
