package org.coreset4j.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.ModalityPair;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.Selectors;
import org.coreset4j.selection.SideInput;
import org.coreset4j.util.InvalidInputException;

/** A method and its options in a form that travels to executors; selectors are rebuilt there. */
public record MethodSpec(String method, LinkedHashMap<String, String> options) implements Serializable {
  /**
   * The method's options under their parameters' own names; an option it does not take, or options
   * that make it read a side input spark-select does not pass it ({@link SideInputs#passedTo}), are bad input.
   */
  public static MethodSpec of(String method, MethodOptions options) {
    MethodDescriptor d = Selectors.descriptor(method);
    MethodOptions canonical = d.canonical(options);
    for (SideInput input : SideInput.values()) {
      if (d.reads(input, canonical) && !SideInputs.passedTo(d.distribution()).contains(input)) {
        throw new InvalidInputException(input.option() + " is not supported by spark-select: --method " + method
            + " would read " + input.description() + ", which spark-select does not pass");
      }
    }
    return new MethodSpec(method, new LinkedHashMap<>(canonical.asMap()));
  }

  /** The two modalities of {@code --pair} when the method reads them with these options, else none. */
  public List<String> pairColumns() {
    if (!Selectors.descriptor(method).reads(SideInput.MODALITIES, methodOptions())) {
      return List.of();
    }
    ModalityPair pair = ModalityPair.from(methodOptions(), method);
    return List.of(pair.first(), pair.second());
  }

  public MethodOptions methodOptions() {
    return new MethodOptions(options);
  }

  public Selector selector() {
    return Selectors.create(method, methodOptions());
  }

  public Map<String, String> asMap() {
    return Map.copyOf(options);
  }
}
