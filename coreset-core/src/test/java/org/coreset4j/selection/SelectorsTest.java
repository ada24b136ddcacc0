package org.coreset4j.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.params.Param;
import org.coreset4j.testing.TestData;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class SelectorsTest {
  /** Values for the parameters that have no typed default. */
  private static final Map<String, String> SAMPLE_VALUES = Map.of(
      "clusters", "3", "eps", "0.1", "first", "0", "pair", "a,b");
  /** Values that make a method read every option (dq reads --pair with this similarity only). */
  private static final Map<String, Map<String, String>> READ_ALL = Map.of("dq", Map.of("similarity", "crossmodal"));

  @Test
  void everyMethodClassIsRegistered() {
    Set<String> registered = new TreeSet<>();
    ServiceLoader.load(SelectionMethod.class).forEach(m -> registered.add(m.getClass().getName()));
    Set<String> implemented = new TreeSet<>();
    new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.coreset4j").stream()
        .filter(c -> c.isAssignableTo(SelectionMethod.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT))
        .forEach(c -> implemented.add(c.getName()));
    assertThat(registered).isEqualTo(implemented);
    assertThat(Selectors.names()).hasSize(registered.size()).contains("random", "dq", "coincide");
  }

  @Test
  void eachDescriptorListsExactlyTheOptionsItsParametersRead() {
    for (SelectionMethod m : ServiceLoader.load(SelectionMethod.class)) {
      MethodDescriptor d = m.descriptor();
      Map<String, String> all = new LinkedHashMap<>();
      for (Param p : d.params()) {
        all.put(p.name(), p.defaultValue() != null ? p.defaultValue() : SAMPLE_VALUES.get(p.name()));
      }
      all.putAll(READ_ALL.getOrDefault(d.name(), Map.of()));
      MethodOptions given = new MethodOptions(all);
      m.create(given);
      assertThat(given.asked()).as(d.name()).isEqualTo(all.keySet());
      assertThat(d.effective(given)).as(d.name()).isEqualTo(all.entrySet().stream()
          .filter(e -> d.param(e.getKey()).orElseThrow().defaultValue() != null || given.has(e.getKey()))
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
  }

  @Test
  void anOptionTheMethodDoesNotTakeNamesItAndTheMethodsOptions() {
    assertThatThrownBy(() -> Selectors.create("dq", MethodOptions.of("clusters", "9")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("--clusters is not an option of --method dq; "
            + "dq takes --bins, --similarity (or --kernel), --lambda, --pair");
    assertThatThrownBy(() -> Selectors.create("herding", MethodOptions.of("bins", "2")))
        .hasMessageContaining("herding takes no options");
    assertThatThrownBy(() -> Selectors.create("logdet", MethodOptions.of("neighbors", "2")))
        .hasMessageContaining("--neighbors is not an option of --method logdet");
    assertThatThrownBy(() -> Selectors.create("kcenter", MethodOptions.of("metric", "cosine", "similarity", "cosine")))
        .hasMessageContaining("repeats --similarity");
    assertThatThrownBy(() -> Selectors.create("nope", MethodOptions.empty()))
        .hasMessageStartingWith("--method nope is not one of balance|ccs|");
  }

  @Test
  void olderOptionNamesMeanTheSharedSimilarity() {
    FloatMatrix x = TestData.clustered(60, 4, 3, 50, 5, 1);
    for (String[] m : new String[][] {{"dq", "kernel"}, {"kcenter", "metric"}}) {
      assertThat(select(m[0], MethodOptions.of(m[1], "cosine"), x))
          .isEqualTo(select(m[0], MethodOptions.of("similarity", "cosine"), x));
    }
  }

  @Test
  void sideInputsAndSparkCapabilitiesAreDeclared() {
    assertThat(methodsNeeding(SideInput.SCORES)).containsExactlyInAnyOrder("ccs", "d2", "score");
    assertThat(methodsNeeding(SideInput.EVENTS)).containsExactly("forgetting");
    assertThat(methodsNeeding(SideInput.MODALITIES)).containsExactlyInAnyOrder("clipscore", "crosscov", "negclip");
    assertThat(methodsNeeding(SideInput.TARGET)).containsExactlyInAnyOrder("normsim");
    assertThat(Selectors.descriptors().stream().filter(d -> !d.optionalInputs().isEmpty())
        .map(MethodDescriptor::name)).containsExactlyInAnyOrder("dq", "vas");
    MethodDescriptor dq = Selectors.descriptor("dq");
    assertThat(dq.reads(SideInput.MODALITIES, MethodOptions.empty())).isFalse();
    assertThat(dq.reads(SideInput.MODALITIES, MethodOptions.of("similarity", "crossmodal", "pair", "a,b"))).isTrue();
    assertThat(Selectors.descriptors().stream().filter(d -> d.distribution() == Distribution.NONE)).isEmpty();
  }

  private static Set<String> methodsNeeding(SideInput input) {
    return Selectors.descriptors().stream().filter(d -> d.requires(input))
        .map(MethodDescriptor::name).collect(Collectors.toSet());
  }

  private static int[] select(String method, MethodOptions o, FloatMatrix x) {
    try (Parallel p = new Parallel(1)) {
      return Selectors.create(method, o).select(x, Budget.size(10), SelectionContext.of(0, p)).indices();
    }
  }
}
