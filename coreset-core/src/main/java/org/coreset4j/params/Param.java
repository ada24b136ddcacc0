package org.coreset4j.params;

import java.util.List;

/**
 * One parameter of a method, described once: its option name (without dashes), kind, default,
 * allowed values or rule, a one-line description and any older names it is also accepted under.
 * The command line's options, {@code coreset methods}, the generated reference and the manifest all
 * read it; the method's parameter record parses the value and checks the rule.
 *
 * @param defaultValue the value used when the option is not given, as it would be typed; null when
 *     the method derives it (then {@code defaultText} says how) or the option is required
 * @param defaultText what the default is, in words, when there is no value to type
 */
public record Param(String name, Kind kind, String defaultValue, String defaultText, List<String> choices,
    String rule, String description, List<String> aliases) {
  /** What kind of value the option takes. */
  public enum Kind { INTEGER, NUMBER, CHOICE, TEXT }

  public Param {
    choices = List.copyOf(choices);
    aliases = List.copyOf(aliases);
    if (kind == Kind.CHOICE && defaultValue != null && !choices.contains(defaultValue)) {
      throw new IllegalArgumentException(name + ": default " + defaultValue + " is not one of " + choices);
    }
  }

  public static Param integer(String name, Object dflt, String rule, String description) {
    return new Param(name, Kind.INTEGER, text(dflt), null, List.of(), rule, description, List.of());
  }

  public static Param number(String name, Object dflt, String rule, String description) {
    return new Param(name, Kind.NUMBER, text(dflt), null, List.of(), rule, description, List.of());
  }

  public static Param choice(String name, Object dflt, String description, String... choices) {
    return new Param(name, Kind.CHOICE, text(dflt), null, List.of(choices), "", description, List.of());
  }

  public static Param text(String name, String rule, String description) {
    return new Param(name, Kind.TEXT, null, null, List.of(), rule, description, List.of());
  }

  /** The same parameter, also accepted as {@code --alias}. */
  public Param alsoNamed(String... names) {
    return new Param(name, kind, defaultValue, defaultText, choices, rule, description, List.of(names));
  }

  /** The same parameter without a typed default; {@code words} say what is used instead. */
  public Param derivedDefault(String words) {
    return new Param(name, kind, null, words, choices, rule, description, aliases);
  }

  /** A placeholder for the value in help texts: {@code INT}, {@code X}, {@code a|b} or {@code TEXT}. */
  public String label() {
    return switch (kind) {
      case INTEGER -> "INT";
      case NUMBER -> "X";
      case CHOICE -> String.join("|", choices);
      case TEXT -> "TEXT";
    };
  }

  /** The default as help texts show it. */
  public String defaultShown() {
    if (defaultValue != null) {
      return defaultValue;
    }
    return defaultText != null ? defaultText : "required";
  }

  private static String text(Object dflt) {
    return dflt == null ? null : dflt.toString();
  }
}
