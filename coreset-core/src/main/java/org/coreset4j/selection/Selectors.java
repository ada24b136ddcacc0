package org.coreset4j.selection;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.util.InvalidInputException;

/**
 * The registry of methods: every {@link SelectionMethod} on the class path, found once with
 * {@link ServiceLoader} and looked up by its command-line name (as Lucene's {@code Codec.forName}).
 */
public final class Selectors {
  private static final Map<String, SelectionMethod> METHODS = load();

  private Selectors() {}

  private static Map<String, SelectionMethod> load() {
    Map<String, SelectionMethod> m = new TreeMap<>();
    for (SelectionMethod method : ServiceLoader.load(SelectionMethod.class, Selectors.class.getClassLoader())) {
      SelectionMethod old = m.put(method.descriptor().name(), method);
      if (old != null) {
        throw new IllegalStateException("two methods are named " + method.descriptor().name() + ": "
            + old.getClass().getName() + " and " + method.getClass().getName());
      }
    }
    return Collections.unmodifiableMap(m);
  }

  /** Every method name, sorted. */
  public static Set<String> names() {
    return METHODS.keySet();
  }

  /** Every method's descriptor, sorted by name. */
  public static Collection<MethodDescriptor> descriptors() {
    return METHODS.values().stream().map(SelectionMethod::descriptor).toList();
  }

  /** The descriptor of {@code method}; an unknown name is bad input naming {@code --method}. */
  public static MethodDescriptor descriptor(String method) {
    return lookup(method).descriptor();
  }

  /**
   * The selector for {@code method}, configured from {@code options} (parameter names or their
   * aliases, without dashes). An option the method does not take is bad input naming it.
   */
  public static Selector create(String method, MethodOptions options) {
    SelectionMethod m = lookup(method);
    return m.create(m.descriptor().canonical(options));
  }

  private static SelectionMethod lookup(String method) {
    SelectionMethod m = METHODS.get(method);
    if (m == null) {
      throw new InvalidInputException("--method " + method + " is not one of " + String.join("|", METHODS.keySet()));
    }
    return m;
  }
}
