package org.coreset4j.selection.scores;

import java.util.List;
import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.ModalityPair;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.SideInput;

/** {@code --method clipscore}: agreement of two modalities. */
public final class ClipScoreMethod extends SelectionMethod {
  public ClipScoreMethod() {
    super(MethodDescriptor.of("clipscore",
        "keep the samples whose two modalities agree most (cosine of their embeddings)",
        "Hessel et al. 2021, CLIPScore; the DataComp filtering baseline", List.of(ModalityPair.PARAM))
        .needs(SideInput.MODALITIES).distributed(Distribution.SCORE),
        options -> new ClipScoreSelector(ModalityPair.from(options, "clipscore")));
  }
}
