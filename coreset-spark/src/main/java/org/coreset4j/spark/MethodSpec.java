package org.coreset4j.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.Selectors;

/** A method and its options in a form that travels to executors; selectors are rebuilt there. */
public record MethodSpec(String method, LinkedHashMap<String, String> options) implements Serializable {
  public static MethodSpec of(String method, MethodOptions options) {
    return new MethodSpec(method, new LinkedHashMap<>(options.asMap()));
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
