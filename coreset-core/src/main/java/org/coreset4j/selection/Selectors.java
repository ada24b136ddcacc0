package org.coreset4j.selection;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.selection.ccs.CcsParams;
import org.coreset4j.selection.ccs.CcsSelector;
import org.coreset4j.selection.coincide.CoincideParams;
import org.coreset4j.selection.coincide.CoincideSelector;
import org.coreset4j.selection.d2.D2Params;
import org.coreset4j.selection.d2.D2Selector;
import org.coreset4j.selection.dq.DatasetQuantization;
import org.coreset4j.selection.selfsup.SelfSupParams;
import org.coreset4j.selection.selfsup.SelfSupSelector;
import org.coreset4j.selection.semdedup.SemDeDupParams;
import org.coreset4j.selection.semdedup.SemDeDupSelector;
import org.coreset4j.selection.herding.HerdingSelector;
import org.coreset4j.selection.kcenter.KCenterSelector;
import org.coreset4j.selection.scores.ClipScoreSelector;
import org.coreset4j.selection.scores.ForgettingSelector;
import org.coreset4j.selection.scores.ScoreWindowSelector;
import org.coreset4j.submodular.FacilityLocationSelector;
import org.coreset4j.submodular.GraphCutSelector;
import org.coreset4j.submodular.LogDetSelector;

/** The registry: maps each method name of the command line to a factory of its selector. */
public final class Selectors {
  private static final Map<String, Function<MethodOptions, Selector>> FACTORIES = new TreeMap<>();

  static {
    register("random", o -> new RandomSelector());
    register("dq", o -> new DatasetQuantization(DatasetQuantization.Params.from(o)));
    register("coincide", o -> new CoincideSelector(CoincideParams.from(o)));
    register("semdedup", o -> new SemDeDupSelector(SemDeDupParams.from(o)));
    register("selfsup", o -> new SelfSupSelector(SelfSupParams.from(o)));
    register("d2", o -> new D2Selector(D2Params.from(o)));
    register("ccs", o -> new CcsSelector(CcsParams.from(o)));
    register("kcenter", KCenterSelector::new);
    register("herding", o -> new HerdingSelector());
    register("forgetting", o -> new ForgettingSelector());
    register("score", ScoreWindowSelector::new);
    register("clipscore", ClipScoreSelector::new);
    register("facility-location", FacilityLocationSelector::new);
    register("graphcut", GraphCutSelector::new);
    register("logdet", LogDetSelector::new);
  }

  private Selectors() {}

  private static void register(String name, Function<MethodOptions, Selector> factory) {
    FACTORIES.put(name, factory);
  }

  public static java.util.Set<String> names() {
    return FACTORIES.keySet();
  }

  /** The selector for {@code method}, configured from {@code options}. */
  public static Selector create(String method, MethodOptions options) {
    Function<MethodOptions, Selector> f = FACTORIES.get(method);
    if (f == null) {
      throw new InvalidInputException(
          "--method " + method + " is not one of " + String.join("|", FACTORIES.keySet()));
    }
    return f.apply(options);
  }
}
