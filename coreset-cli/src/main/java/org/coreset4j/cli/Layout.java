package org.coreset4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.coreset4j.CoresetRequest.InputRef;
import org.coreset4j.util.InvalidInputException;

/**
 * {@code --layout NAME DIR}: the inputs, ids and metadata of a standard embedding folder.
 * <ul>
 *   <li>{@code clip-retrieval}: {@code DIR/img_emb/img_emb_*.npy} (image),
 *       {@code DIR/text_emb/text_emb_*.npy} (text) and {@code DIR/metadata/metadata_*.parquet},
 *       row-aligned shard by shard; no id column, so ids are positions unless {@code --ids} is given;
 *   <li>{@code datacomp}: the pool's {@code DIR/*.npz} (ViT-L/14 arrays {@code l14_img}, image, and
 *       {@code l14_txt}, text) with {@code DIR/*.parquet} beside them, whose {@code uid} column gives
 *       the 128-bit uids; DIR may also be the folder above {@code metadata/}.
 * </ul>
 */
record Layout(List<InputRef> inputs, Path ids, String idKey, Path metadata) {
  static final String NAMES = "clip-retrieval, datacomp";

  static Layout of(String name, Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException("--layout " + name + " " + dir + ": folder does not exist");
    }
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "clip-retrieval" -> new Layout(List.of(
          new InputRef("image", dir.resolve("img_emb").resolve("img_emb_*.npy"), null),
          new InputRef("text", dir.resolve("text_emb").resolve("text_emb_*.npy"), null)),
          null, null, dir.resolve("metadata").resolve("metadata_*.parquet"));
      case "datacomp" -> {
        Path base = Files.isDirectory(dir.resolve("metadata")) ? dir.resolve("metadata") : dir;
        yield new Layout(List.of(
            new InputRef("image", base.resolve("*.npz"), "l14_img"),
            new InputRef("text", base.resolve("*.npz"), "l14_txt")),
            base.resolve("*.parquet"), "uid", base.resolve("*.parquet"));
      }
      default -> throw new InvalidInputException("--layout " + name + " is not one of " + NAMES);
    };
  }
}
