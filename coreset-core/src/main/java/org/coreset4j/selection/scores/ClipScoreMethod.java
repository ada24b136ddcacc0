package org.coreset4j.selection.scores;

import java.util.List;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.SideInput;

/** {@code --method clipscore}: agreement of two modalities. */
public final class ClipScoreMethod implements SelectionMethod {
  private static final MethodDescriptor DESCRIPTOR = MethodDescriptor.of("clipscore",
      "keep the samples whose two modalities agree most (cosine of their embeddings)",
      "Hessel et al. 2021, CLIPScore; the DataComp filtering baseline", List.of(
          Param.text("pair", "two modality names A,B", "the two modalities compared").derivedDefault("required")))
      .needs(SideInput.MODALITIES);

  @Override
  public MethodDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public Selector create(MethodOptions options) {
    return new ClipScoreSelector(ClipScoreParams.from(options));
  }
}
