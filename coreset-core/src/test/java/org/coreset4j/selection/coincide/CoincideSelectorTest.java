package org.coreset4j.selection.coincide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.clustering.KMeansParams;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.util.Parallel;
import org.junit.jupiter.api.Test;

class CoincideSelectorTest {
  static FloatMatrix unitRows(int n, int d, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] v = new float[n * d];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < d; j++) {
        v[i * d + j] = (float) r.nextGaussian();
        s += v[i * d + j] * v[i * d + j];
      }
      for (int j = 0; j < d; j++) v[i * d + j] /= (float) Math.sqrt(s);
    }
    return FloatMatrix.of(v, n, d);
  }

  static double k(double[] a, double[] b, double sigma) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
    return Math.exp(-s / (2 * sigma * sigma));
  }

  static double cos(double[] a, double[] b) {
    double ab = 0, aa = 0, bb = 0;
    for (int i = 0; i < a.length; i++) {
      ab += a[i] * b[i];
      aa += a[i] * a[i];
      bb += b[i] * b[i];
    }
    return ab / Math.sqrt(aa * bb);
  }

  @Test
  void transferabilityMatchesFloat64() {
    FloatMatrix c = unitRows(40, 3, 1);
    double[][] cd = c.toDoubleRows();
    for (double exclude : new double[] {0.9, 0.2}) {
      double[] t;
      try (Parallel p = new Parallel(2)) {
        t = Transferability.of(c, exclude, p);
      }
      for (int i = 0; i < cd.length; i++) {
        double sum = 0;
        int n = 0;
        for (double[] other : cd) {
          double cs = cos(cd[i], other);
          if (cs <= exclude) {
            sum += cs;
            n++;
          }
        }
        assertThat(t[i]).isCloseTo(n == 0 ? 0 : sum / n, within(1e-6));
      }
    }
  }

  @Test
  void kernelRowSumsMatchFloat64() {
    FloatMatrix m = unitRows(300, 7, 2);
    double[][] x = m.toDoubleRows();
    double[] sums = new GaussianKernel(0.7).rowSums(m);
    for (int i = 0; i < x.length; i++) {
      double s = 0;
      for (double[] y : x) s += k(x[i], y, 0.7);
      assertThat(sums[i]).isCloseTo(s, within(1e-5 * s));
    }
  }

  @Test
  void greedyMmdMatchesNaiveFloat64() {
    FloatMatrix m = unitRows(120, 5, 3);
    double[][] x = m.toDoubleRows();
    GaussianKernel kernel = new GaussianKernel(1.0);
    int[] picks = GreedyMmd.pick(m, kernel.rowSums(m), 30, kernel);
    assertThat(picks).containsExactly(naiveMmd(x, 30, 1.0));
  }

  /** mean(K[S+c, S+c]) - 2 mean(K[:, S+c]) recomputed from scratch for every candidate. */
  static int[] naiveMmd(double[][] x, int count, double sigma) {
    int n = x.length;
    List<Integer> s = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      double best = Double.POSITIVE_INFINITY;
      int arg = -1;
      for (int c = 0; c < n; c++) {
        if (s.contains(c)) continue;
        List<Integer> sc = new ArrayList<>(s);
        sc.add(c);
        double within = 0, across = 0;
        for (int a : sc) {
          for (int b : sc) within += k(x[a], x[b], sigma);
          for (double[] y : x) across += k(x[a], y, sigma);
        }
        double j = within / (sc.size() * sc.size()) - 2 * across / (n * sc.size());
        if (j < best) {
          best = j;
          arg = c;
        }
      }
      s.add(arg);
    }
    return s.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The allocation with the formula written out: plain exponentials over the unvisited clusters. */
  static long[] naiveAllocation(double[] s, int[] sizes, int budget, double tau) {
    List<Integer> left = new ArrayList<>();
    for (int c = 0; c < s.length; c++) if (sizes[c] > 0) left.add(c);
    left.sort((a, b) -> s[a] != s[b] ? Double.compare(s[b], s[a]) : Integer.compare(a, b));
    long[] taken = new long[s.length];
    long r = budget;
    while (!left.isEmpty()) {
      int c = left.get(0);
      double z = 0;
      for (int j : left) z += Math.exp(s[j] / tau);
      long n = (long) Math.rint(r * Math.exp(s[c] / tau) / z);
      taken[c] = Math.min(n, sizes[c]);
      r -= taken[c];
      left.remove(0);
    }
    return taken;
  }

  @Test
  void allocationMatchesTheFormulaWithSpillOver() {
    SplittableRandom r = new SplittableRandom(4);
    for (int trial = 0; trial < 50; trial++) {
      int k = 1 + r.nextInt(30);
      double[] s = new double[k];
      int[] sizes = new int[k];
      int total = 0;
      for (int c = 0; c < k; c++) {
        s[c] = r.nextInt(4) == 0 ? 0.5 : r.nextDouble(0.2, 3);
        sizes[c] = r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(40);
        total += sizes[c];
      }
      int budget = total == 0 ? 0 : r.nextInt(total + 1);
      double tau = r.nextDouble(0.05, 2);
      TemperatureAllocation a = TemperatureAllocation.allocate(s, sizes, budget, tau);
      assertThat(a.taken()).as("trial %d", trial).containsExactly(naiveAllocation(s, sizes, budget, tau));
    }
  }

  @Test
  void givenClusteringMatchesFloat64Reference() {
    int n = 400, d = 6, k = 12;
    FloatMatrix x = unitRows(n, d, 5);
    FloatMatrix centroids = unitRows(k, d, 6);
    double[][] xd = x.toDoubleRows();
    double[][] cd = centroids.toDoubleRows();
    int[] assignment = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = 1; j < k; j++) if (cos(xd[i], cd[j]) > cos(xd[i], cd[assignment[i]])) assignment[i] = j;
    }
    CoincideParams p = new CoincideParams(KMeansParams.DEFAULTS, 0.2, 0.8, 0.5, CoincideParams.Intra.MMD);
    Selection sel;
    try (Parallel par = new Parallel(2)) {
      sel = new CoincideSelector(p).selectClustered(x, assignment, centroids, 90, SelectionContext.of(0, par));
    }
    // reference
    double[] t = new double[k], dens = new double[k], s = new double[k];
    int[] sizes = new int[k];
    List<List<Integer>> members = new ArrayList<>();
    for (int c = 0; c < k; c++) members.add(new ArrayList<>());
    for (int i = 0; i < n; i++) members.get(assignment[i]).add(i);
    for (int c = 0; c < k; c++) {
      double sum = 0;
      int cnt = 0;
      for (int j = 0; j < k; j++) {
        double cs = cos(cd[c], cd[j]);
        if (cs <= 0.5) {
          sum += cs;
          cnt++;
        }
      }
      t[c] = sum / cnt;
      double ds = 0;
      for (int a : members.get(c)) for (int b : members.get(c)) ds += k(xd[a], xd[b], 0.8);
      sizes[c] = members.get(c).size();
      dens[c] = ds / ((double) sizes[c] * sizes[c]);
      s[c] = t[c] / dens[c];
    }
    long[] alloc = naiveAllocation(s, sizes, 90, 0.2);
    List<Integer> want = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      double[][] m = members.get(c).stream().map(i -> xd[i]).toArray(double[][]::new);
      if (alloc[c] >= sizes[c]) {
        want.addAll(members.get(c));
      } else {
        for (int pos : naiveMmd(m, (int) alloc[c], 0.8)) want.add(members.get(c).get(pos));
      }
    }
    assertThat((double[]) sel.diagnostics().get("transferability").data()).containsExactly(t, within(1e-6));
    assertThat((double[]) sel.diagnostics().get("density").data()).containsExactly(dens, within(1e-6));
    assertThat((long[]) sel.diagnostics().get("allocation").data()).containsExactly(alloc);
    assertThat(sel.indices()).containsExactly(want.stream().mapToInt(Integer::intValue).sorted().toArray());
    assertThat((int[]) sel.diagnostics().get("cluster").data()).containsExactly(assignment);
    assertThat(sel.diagnostics().keySet())
        .containsExactly("cluster", "centroids", "transferability", "density", "allocation", "order");
  }

  @Test
  void sameSeedSameResultForAnyThreadCount() {
    FloatMatrix x = unitRows(900, 10, 7);
    for (String intra : new String[] {"mmd", "random", "centroid"}) {
      CoincideSelector s = new CoincideSelector(CoincideParams.from(MethodOptions.of("clusters", "20", "intra", intra)));
      Selection a, b;
      try (Parallel p1 = new Parallel(1); Parallel p2 = new Parallel(2)) {
        a = s.select(x, Budget.fraction(0.2), SelectionContext.of(3, p1));
        b = s.select(x, Budget.fraction(0.2), SelectionContext.of(3, p2));
      }
      assertThat(b.indices()).isEqualTo(a.indices());
      assertThat((long[]) b.diagnostics().get("order").data()).isEqualTo((long[]) a.diagnostics().get("order").data());
      assertThat(a.size()).isLessThanOrEqualTo(180);
      assertThat(Arrays.stream((long[]) a.diagnostics().get("allocation").data()).sum()).isEqualTo(a.size());
    }
  }

  @Test
  void badOptionsNameTheOption() {
    assertThatThrownBy(() -> CoincideParams.from(MethodOptions.of("temperature", "0")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--temperature");
    assertThatThrownBy(() -> CoincideParams.from(MethodOptions.of("intra", "best")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--intra");
    FloatMatrix x = unitRows(10, 3, 8);
    try (Parallel p = new Parallel(1)) {
      assertThatThrownBy(() -> new CoincideSelector(CoincideParams.from(MethodOptions.of("clusters", "11")))
          .select(x, Budget.size(3), SelectionContext.of(0, p)))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("--clusters 11");
    }
  }
}
