package org.coreset4j.selection;

import org.coreset4j.params.MethodOptions;

/**
 * A selection method as the registry sees it: its description and a factory of configured
 * selectors. Implementations are found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/org.coreset4j.selection.SelectionMethod}), so adding a method touches
 * no central class; see docs/ARCHITECTURE.md.
 */
public interface SelectionMethod {
  MethodDescriptor descriptor();

  /**
   * A selector configured from {@code options}: only names of {@link #descriptor()}'s parameters
   * (aliases already resolved), each at most once; missing ones take their defaults.
   */
  Selector create(MethodOptions options);
}
