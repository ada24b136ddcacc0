package org.coreset4j.selection.scores;

import org.coreset4j.params.MethodOptions;

/**
 * Options of CLIP-score selection: {@code --pair A,B}, the two modality names whose per-sample
 * cosine similarity is the score. Required; there is no default pair.
 */
public record ClipScoreParams(String first, String second) {
  public ClipScoreParams {
    MethodOptions.require(first != null && second != null && !first.isEmpty() && !second.isEmpty()
        && !first.equals(second), "pair", first + "," + second, "must name two different modalities as A,B");
  }

  public static ClipScoreParams from(MethodOptions o) {
    MethodOptions.require(o.has("pair"), "pair", "(missing)", "is required by --method clipscore, as A,B");
    String[] parts = o.string("pair", "").split(",", -1);
    MethodOptions.require(parts.length == 2, "pair", o.string("pair", ""), "must be two modality names A,B");
    return new ClipScoreParams(parts[0].trim(), parts[1].trim());
  }
}
