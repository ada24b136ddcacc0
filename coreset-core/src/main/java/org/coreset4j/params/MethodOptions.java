package org.coreset4j.params;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.coreset4j.util.InvalidInputException;

/**
 * Method-specific options by their command-line name without dashes (for example {@code bins}),
 * as strings. Typed getters parse them and report bad values naming the option. Each selector's
 * parameter record reads the options it knows and takes its defaults from its own constant. The
 * names looked up are remembered ({@link #asked()}), so tests can check that a method's descriptor
 * lists exactly the options its parameter record reads.
 */
public final class MethodOptions {
  private final Map<String, String> values;
  private final Set<String> asked = new LinkedHashSet<>();

  private final Map<String, String> typedAs;

  public MethodOptions(Map<String, String> values) {
    this(values, Map.of());
  }

  /**
   * Values by parameter name; {@code typedAs} maps a parameter to the older name the user typed
   * (for example similarity to kernel), so that errors name the option as it was given.
   */
  public MethodOptions(Map<String, String> values, Map<String, String> typedAs) {
    this.typedAs = Map.copyOf(typedAs);
    this.values = new LinkedHashMap<>(values);
  }

  public static MethodOptions empty() {
    return new MethodOptions(Map.of());
  }

  public static MethodOptions of(String... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return new MethodOptions(m);
  }

  public Map<String, String> asMap() {
    return Map.copyOf(values);
  }

  public Set<String> names() {
    return values.keySet();
  }

  /** The option names looked up so far, given or not. */
  public Set<String> asked() {
    return Set.copyOf(asked);
  }

  public boolean has(String name) {
    asked.add(name);
    return values.containsKey(name);
  }

  public String string(String name, String dflt) {
    asked.add(name);
    return values.getOrDefault(name, dflt);
  }

  /** A value that must be one of {@code allowed}. */
  public String choice(String name, String dflt, String... allowed) {
    String v = string(name, dflt);
    for (String a : allowed) {
      if (a.equals(v)) {
        return v;
      }
    }
    throw new InvalidInputException(option(name) + " " + v + " is not one of " + String.join("|", allowed));
  }

  public int integer(String name, int dflt) {
    asked.add(name);
    String v = values.get(name);
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(option(name) + " " + v + " is not an integer");
    }
  }

  public double number(String name, double dflt) {
    asked.add(name);
    String v = values.get(name);
    if (v == null) {
      return dflt;
    }
    try {
      double d = Double.parseDouble(v.trim());
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(option(name) + " " + v + " is not a finite number");
    }
  }

  /** {@code --name} as the user typed it. */
  private String option(String name) {
    return "--" + typedAs.getOrDefault(name, name);
  }

  /** Throws unless {@code ok}, with a message naming the option, its value and the rule. */
  public static void require(boolean ok, String option, Object value, String rule) {
    if (!ok) {
      throw new InvalidInputException("--" + option + " " + value + " " + rule);
    }
  }
}
