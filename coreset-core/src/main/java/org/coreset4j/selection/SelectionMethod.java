package org.coreset4j.selection;

import java.util.function.Function;
import org.coreset4j.params.MethodOptions;

/**
 * A selection method as the registry sees it: its description and a factory of configured
 * selectors. Each method package has one subclass with a no-argument constructor, listed in
 * {@code META-INF/services/org.coreset4j.selection.SelectionMethod} and found with
 * {@link java.util.ServiceLoader}, so adding a method touches no central class; see
 * docs/ARCHITECTURE.md.
 */
public abstract class SelectionMethod {
  private final MethodDescriptor descriptor;
  private final Function<MethodOptions, Selector> factory;

  /**
   * @param factory a selector configured from options that name only {@code descriptor}'s
   *     parameters (older names already resolved); missing ones take their defaults
   */
  protected SelectionMethod(MethodDescriptor descriptor, Function<MethodOptions, Selector> factory) {
    this.descriptor = descriptor;
    this.factory = factory;
  }

  public final MethodDescriptor descriptor() {
    return descriptor;
  }

  /** A selector configured from {@code options}, which {@link MethodDescriptor#canonical} has checked. */
  public final Selector create(MethodOptions options) {
    return factory.apply(options);
  }
}
