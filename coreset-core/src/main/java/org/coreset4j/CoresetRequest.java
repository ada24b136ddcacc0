package org.coreset4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.io.FileHashes;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.Selectors;
import org.coreset4j.selection.SideInput;
import org.coreset4j.selection.pipeline.Prefilter;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.util.Progress;

/**
 * Everything one selection needs, as the command line's {@code select} takes it. Build it with
 * {@link #builder()} and run it with {@link Coresets#select(CoresetRequest)}.
 */
public record CoresetRequest(
    List<InputRef> inputs,
    FusionOptions fusion,
    String reduce,
    String method,
    MethodOptions methodOptions,
    Budget budget,
    long seed,
    int threads,
    Path scores,
    Path events,
    InputRef target,
    Progress progress,
    Prefilter prefilter,
    FileHashes.Mode hash,
    long[] ids) {

  /** One modality: {@code NAME=PATH[:KEY]}. */
  public record InputRef(String name, Path path, String key) {
    @Override
    public String toString() {
      return name + "=" + file();
    }

    /** {@code PATH[:KEY]}. */
    public String file() {
      return path + (key == null ? "" : ":" + key);
    }
  }

  /** The name under which the manifest lists the {@code --target} file among the inputs. */
  public static final String TARGET = "target";

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The configured options (for the manifest); {@code method_options} holds every parameter of the
   * method with its effective value, defaults included, so the manifest replays the selection.
   */
  public Map<String, Object> describe() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("inputs", inputs.stream().map(InputRef::toString).toList());
    o.put("tokens", fusion.tokens().toString());
    o.put("normalize", fusion.normalize().toString());
    o.put("fuse", fusion.fuse().toString());
    o.put("reduce", reduce);
    o.put("method", method);
    MethodDescriptor d = Selectors.descriptor(method);
    o.put("method_options", d.effective(d.canonical(optionsOf(method))));
    if (prefilter != null) {
      MethodDescriptor f = Selectors.descriptor(prefilter.method());
      o.put("prefilter", prefilter.toString());
      o.put("prefilter_options", f.effective(f.canonical(prefilter.filterOptions(methodOptions))));
    }
    if (budget.fraction() != null) {
      o.put("fraction", budget.fraction());
    } else {
      o.put("size", budget.size());
    }
    o.put("seed", seed);
    o.put("threads", threads);
    o.put("hash", hash.name().toLowerCase(java.util.Locale.ROOT));
    if (scores != null) {
      o.put("scores", scores.toString());
    }
    if (events != null) {
      o.put("events", events.toString());
    }
    if (target != null) {
      o.put("target", target.file());
    }
    return o;
  }

  /** The configured selector: the method, or the prefilter then the method. */
  public Selector selector() {
    return prefilter == null ? Selectors.create(method, methodOptions) : prefilter.then(method, methodOptions);
  }

  /** The methods that run, in order: the prefilter's, if any, then the method. */
  public List<String> steps() {
    return prefilter == null ? List.of(method) : List.of(prefilter.method(), method);
  }

  /** The side inputs the method (and the prefilter) may read; giving another is bad input. */
  public Set<SideInput> sideInputs() {
    Set<SideInput> s = EnumSet.noneOf(SideInput.class);
    steps().forEach(step -> s.addAll(Selectors.descriptor(step).sideInputs()));
    return s;
  }

  /** Whether a step reads {@code input} with its share of the options (see {@link MethodDescriptor#reads}). */
  public boolean reads(SideInput input) {
    return steps().stream().anyMatch(step -> Selectors.descriptor(step).reads(input, optionsOf(step)));
  }

  /** The options that configure {@code name}: all of them, or its share when there is a prefilter. */
  private MethodOptions optionsOf(String name) {
    if (prefilter == null) {
      return methodOptions;
    }
    return name.equals(prefilter.method()) && !name.equals(method) ? prefilter.filterOptions(methodOptions)
        : prefilter.mainOptions(method, methodOptions);
  }

  /** Fluent construction with the command line's defaults. */
  public static final class Builder {
    private final List<InputRef> inputs = new ArrayList<>();
    private FusionOptions fusion = FusionOptions.DEFAULTS;
    private String reduce = "none";
    private String method;
    private MethodOptions methodOptions = MethodOptions.empty();
    private Budget budget;
    private long seed;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Path scores;
    private Path events;
    private InputRef target;
    private Progress progress = Progress.NONE;
    private Prefilter prefilter;
    private FileHashes.Mode hash = FileHashes.Mode.SHA256;
    private long[] ids;

    public Builder input(String name, Path path) {
      return input(name, path, null);
    }

    public Builder input(String name, Path path, String key) {
      inputs.add(new InputRef(name, path, key));
      return this;
    }

    public Builder fusion(FusionOptions f) {
      fusion = f;
      return this;
    }

    public Builder reduce(String spec) {
      reduce = spec;
      return this;
    }

    public Builder method(String name, MethodOptions options) {
      method = name;
      methodOptions = options;
      return this;
    }

    public Builder method(String name) {
      return method(name, MethodOptions.empty());
    }

    public Builder budget(Budget b) {
      budget = b;
      return this;
    }

    public Builder fraction(double f) {
      return budget(Budget.fraction(f));
    }

    public Builder size(int k) {
      return budget(Budget.size(k));
    }

    public Builder seed(long s) {
      seed = s;
      return this;
    }

    public Builder threads(int t) {
      threads = t;
      return this;
    }

    public Builder scores(Path p) {
      scores = p;
      return this;
    }

    public Builder events(Path p) {
      events = p;
      return this;
    }

    /**
     * The target set ({@code --target PATH[:KEY]}): embeddings of the data the selection should
     * serve, (M, D) or (M, T, D), pooled and normalised like the inputs; key null for a file's
     * only array.
     */
    public Builder target(Path p, String key) {
      target = p == null ? null : new InputRef(TARGET, p, key);
      return this;
    }

    public Builder progress(Progress p) {
      progress = p;
      return this;
    }

    /** A first step whose kept samples the method selects from (null: none). */
    public Builder prefilter(Prefilter p) {
      prefilter = p;
      return this;
    }

    /** How the manifest identifies the input files ({@code --hash}; default SHA-256 of every byte). */
    public Builder hash(FileHashes.Mode mode) {
      hash = mode;
      return this;
    }

    /**
     * The samples' int64 ids, one per row, unique (null: none): draws keyed by id, such as
     * {@code random}'s, then depend on the ids rather than on the positions.
     */
    public Builder ids(long[] sampleIds) {
      ids = sampleIds;
      return this;
    }

    public CoresetRequest build() {
      if (method == null) {
        throw new InvalidInputException("--method is required");
      }
      if (budget == null) {
        throw new InvalidInputException("give one of --fraction and --size");
      }
      if (threads < 1) {
        throw new InvalidInputException("--threads " + threads + " must be at least 1");
      }
      return new CoresetRequest(List.copyOf(inputs), fusion, reduce, method, methodOptions, budget, seed, threads,
          scores, events, target, progress, prefilter, hash, ids);
    }
  }
}
