package org.coreset4j.selection.negclip;

import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.SelectionMethod;
import org.coreset4j.selection.SideInput;

/**
 * {@code --method negclip}: the CLIP loss of each pair, normalised over random batches. Local only
 * (Distribution NONE): a score is per sample, but its normaliser comes from random batches drawn
 * over all N samples, so scoring each Spark partition on its own would change every batch and every
 * score, and a uniform sample would ignore the scores altogether.
 */
public final class NegClipMethod extends SelectionMethod {
  public NegClipMethod() {
    super(MethodDescriptor.of("negclip",
        "negCLIPLoss: keep the pairs whose CLIP loss, normalised over random batches, is lowest",
        "Wang et al., NeurIPS 2024, arXiv 2405.19547", NegClipParams.PARAMS)
        .needs(SideInput.MODALITIES),
        options -> new NegClipSelector(NegClipParams.from(options)));
  }
}
