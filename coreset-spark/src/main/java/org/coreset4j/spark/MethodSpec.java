package org.coreset4j.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.ModalityPair;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.Selectors;
import org.coreset4j.selection.SideInput;

/** A method and its options in a form that travels to executors; selectors are rebuilt there. */
public record MethodSpec(String method, LinkedHashMap<String, String> options) implements Serializable {
  /** The method's options under their parameters' own names; an option it does not take is bad input. */
  public static MethodSpec of(String method, MethodOptions options) {
    return new MethodSpec(method, new LinkedHashMap<>(Selectors.descriptor(method).canonical(options).asMap()));
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
