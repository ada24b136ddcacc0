package org.coreset4j.testing.cycle.a;

import org.coreset4j.testing.cycle.b.Right;

/** One half of a deliberate package cycle that {@code PackageCyclesTest} must report. */
public final class Left {
  private Left() {}

  public static int size() {
    return Right.SIDES.length;
  }
}
