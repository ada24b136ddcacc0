package org.coreset4j.selection.pipeline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.Selectors;
import org.coreset4j.selection.SideInput;
import org.coreset4j.util.InvalidInputException;

/**
 * A first step {@code --prefilter METHOD:KEEP}: {@code METHOD} (any registered method) keeps
 * round(KEEP x N) samples, KEEP in (0, 1), from which the main method then selects its budget.
 */
public record Prefilter(String method, double keep) {
  public Prefilter {
    Selectors.descriptor(method);
    if (!(keep > 0 && keep < 1)) {
      throw new InvalidInputException("--prefilter " + method + ":" + keep + ": the kept share must be in (0, 1)");
    }
  }

  /** Parses {@code METHOD:KEEP}, for example {@code clipscore:0.7}. */
  public static Prefilter parse(String spec) {
    int colon = spec.lastIndexOf(':');
    if (colon <= 0 || colon == spec.length() - 1) {
      throw new InvalidInputException("--prefilter " + spec + " must be METHOD:KEEP, for example clipscore:0.7");
    }
    double keep;
    try {
      keep = Double.parseDouble(spec.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--prefilter " + spec + ": " + spec.substring(colon + 1) + " is not a number");
    }
    return new Prefilter(spec.substring(0, colon), keep);
  }

  /**
   * The two-step selector, each step configured by its share of {@code options} (see
   * {@link #filterOptions} and {@link #mainOptions}). An option neither takes is bad input naming it.
   */
  public Selector then(String main, MethodOptions options) {
    MethodDescriptor filter = Selectors.descriptor(method);
    MethodDescriptor selector = Selectors.descriptor(main);
    for (String option : options.names()) {
      if (filter.param(option).isEmpty() && selector.param(option).isEmpty()) {
        throw new InvalidInputException("--" + option + " is not an option of --method " + main + " or --prefilter "
            + method + "; " + selector.optionList() + "; " + filter.optionList());
      }
    }
    return new PrefilteredSelector(Selectors.create(method, filterOptions(options)), keep,
        Selectors.create(main, mainOptions(main, options)));
  }

  /** The options the prefilter takes. */
  public MethodOptions filterOptions(MethodOptions options) {
    return only(Selectors.descriptor(method), options);
  }

  /**
   * The options the main method takes that the prefilter does not, and a shared one when the main
   * method needs the side input it names (so {@code --pair} configures clipscore and then crosscov,
   * but only clipscore before dq, which reads a pair only with its cross-modal kernel).
   */
  public MethodOptions mainOptions(String main, MethodOptions options) {
    MethodDescriptor filter = Selectors.descriptor(method);
    MethodDescriptor selector = Selectors.descriptor(main);
    Map<String, String> m = new LinkedHashMap<>();
    only(selector, options).asMap().forEach((k, v) -> {
      boolean needed = Arrays.stream(SideInput.values())
          .anyMatch(in -> selector.requires(in) && in.option().equals("--" + k));
      if (filter.param(k).isEmpty() || needed) {
        m.put(k, v);
      }
    });
    return new MethodOptions(m);
  }

  @Override
  public String toString() {
    return method + ":" + keep;
  }

  private static MethodOptions only(MethodDescriptor d, MethodOptions options) {
    Map<String, String> m = new LinkedHashMap<>();
    options.asMap().forEach((k, v) -> {
      if (d.param(k).isPresent()) {
        m.put(k, v);
      }
    });
    return new MethodOptions(m);
  }
}
