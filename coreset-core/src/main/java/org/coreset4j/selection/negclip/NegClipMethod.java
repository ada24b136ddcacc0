package org.coreset4j.selection.negclip;

import org.coreset4j.selection.Distribution;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.SideInput;

/**
 * {@code --method negclip}: the CLIP loss of each pair, normalised over random batches. The batches
 * come from ranking a hash of each sample's index, so Spark forms the same ones from the ids
 * ({@link Distribution#HASHED_BATCHES}).
 */
public final class NegClipMethod extends SelectionMethod {
  public NegClipMethod() {
    super(MethodDescriptor.of("negclip",
        "negCLIPLoss: keep the pairs whose CLIP loss, normalised over random batches, is lowest",
        "Wang et al., NeurIPS 2024, arXiv 2405.19547", NegClipParams.PARAMS)
        .needs(SideInput.MODALITIES).distributed(Distribution.HASHED_BATCHES),
        options -> new NegClipSelector(NegClipParams.from(options)));
  }
}
