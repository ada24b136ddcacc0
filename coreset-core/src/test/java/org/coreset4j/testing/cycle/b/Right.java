package org.coreset4j.testing.cycle.b;

import org.coreset4j.testing.cycle.a.Left;

/** The other half of the deliberate package cycle. */
public final class Right {
  public static final Object[] SIDES = {Left.class, Right.class};

  private Right() {}
}
