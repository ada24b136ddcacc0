package org.coreset4j;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coreset4j.data.FloatMatrix;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.fusion.Fusion;
import org.coreset4j.fusion.FusionOptions;
import org.coreset4j.fusion.Modality;
import org.coreset4j.fusion.ShardAlignment;
import org.coreset4j.io.Tensor;
import org.coreset4j.io.Tensors;
import org.coreset4j.provenance.Manifest;
import org.coreset4j.provenance.PeakMemory;
import org.coreset4j.provenance.StageTimes;
import org.coreset4j.reduction.Reducer;
import org.coreset4j.reduction.Reducers;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.Selection;
import org.coreset4j.selection.SelectionContext;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.Selectors;
import org.coreset4j.selection.SideInput;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.util.Parallel;

/**
 * The library's front door: runs a {@link CoresetRequest} end to end (open inputs, fuse, reduce,
 * select) and returns the selection, the features the method saw and the manifest.
 *
 * <pre>{@code
 * CoresetResult r = Coresets.select(CoresetRequest.builder()
 *     .input("rgb", Path.of("rgb.npy")).input("mask", Path.of("mask.npy"))
 *     .method("dq", MethodOptions.of("bins", "20")).fraction(0.1).build());
 * int[] keep = r.selection().indices();
 * }</pre>
 */
public final class Coresets {
  private Coresets() {}

  /** The outcome of one request. */
  public record CoresetResult(Selection selection, FloatMatrix features, Manifest manifest) {}

  public static CoresetResult select(CoresetRequest request) {
    Selector selector = request.selector();
    Set<SideInput> allowed = request.sideInputs();
    requireUse(request, allowed, SideInput.SCORES, request.scores());
    requireUse(request, allowed, SideInput.EVENTS, request.events());
    requireUse(request, allowed, SideInput.TARGET, request.target());
    for (String step : request.steps()) {
      if (Selectors.descriptor(step).requires(SideInput.TARGET) && request.target() == null) {
        throw new InvalidInputException("--target is required by --method " + step
            + ": give the embeddings of the data you care about (PATH[:KEY], M x D)");
      }
    }
    Reducer reducer = Reducers.parse(request.reduce());
    StageTimes times = new StageTimes();
    List<Tensor> open = new ArrayList<>();
    try (Parallel parallel = new Parallel(request.threads())) {
      List<Modality> modalities = times.time("open inputs", () -> {
        List<Modality> m = new ArrayList<>();
        for (CoresetRequest.InputRef in : request.inputs()) {
          Tensor t = Tensors.open(in.path(), in.key());
          open.add(t);
          m.add(new Modality(in.name(), t));
        }
        return m;
      });
      Modality target = request.target() == null ? null : times.time("open inputs", () -> {
        Tensor t = Tensors.open(request.target().path(), request.target().key());
        open.add(t);
        return new Modality(CoresetRequest.TARGET, t, "--target " + request.target().file());
      });
      ShardAlignment.check(modalities);
      List<Manifest.Input> inputs = times.time("hash inputs", () -> describe(request, open, parallel));
      FloatMatrix fused = selector.readsFeatures() || reducer != null
          ? times.time("fuse", () -> Fusion.fuse(modalities, request.fusion(), parallel, request.progress()))
          : times.time("check inputs", () -> Fusion.checkOnly(modalities, request.fusion(), parallel,
              request.progress()));
      FloatMatrix features = reducer == null ? fused : times.time("reduce", () ->
          reducer.reduce(fused, request.seed(), parallel, request.progress()));
      if (request.ids() != null && request.ids().length != features.rows()) {
        throw new InvalidInputException(request.ids().length + " sample ids for " + features.rows() + " samples");
      }
      SelectionContext context = times.time("side inputs", () ->
          context(request, modalities, target, parallel));
      SelectionContext timed = context.withProgress(times.recording(context.progress()));
      Selection selection = times.time("select", () -> selector.select(features, request.budget(), timed));
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put("samples", features.rows());
      counts.put("feature_dims", features.cols());
      counts.put("selected", selection.size());
      Map<String, Object> derived = new LinkedHashMap<>();
      derived.put("target_size", request.budget().count(features.rows()));
      derived.put("fraction_of_n", request.budget().fractionOf(features.rows()));
      if (reducer != null) {
        derived.put("reduction", reducer.describe());
      }
      Manifest manifest = new Manifest(Manifest.SCHEMA_VERSION, "select", request.describe(), derived, inputs,
          Manifest.Software.current(), counts, times.seconds(), PeakMemory.now());
      return new CoresetResult(selection, features, manifest);
    } finally {
      open.forEach(Tensor::close);
    }
  }

  /** Every input, then the target if given (opened in that order), hashed as the request says. */
  private static List<Manifest.Input> describe(CoresetRequest request, List<Tensor> tensors, Parallel parallel) {
    List<CoresetRequest.InputRef> refs = new ArrayList<>(request.inputs());
    if (request.target() != null) {
      refs.add(request.target());
    }
    List<Manifest.Input> out = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      out.add(Manifest.Input.of(refs.get(i).name(), tensors.get(i), request.hash(), parallel));
    }
    return out;
  }

  /** A side input given to a method that does not read it is bad input, never silently ignored. */
  private static void requireUse(CoresetRequest r, Set<SideInput> allowed, SideInput input, Object given) {
    if (given != null && !allowed.contains(input)) {
      throw new InvalidInputException(input.option() + " is not used by --method " + r.method()
          + (r.prefilter() == null ? "" : " or --prefilter " + r.prefilter().method()) + "; it is for "
          + String.join(", ", Selectors.descriptors().stream()
              .filter(d -> d.sideInputs().contains(input)).map(MethodDescriptor::name).toList()));
    }
  }

  private static SelectionContext context(CoresetRequest r, List<Modality> modalities, Modality target,
      Parallel parallel) {
    SelectionContext c = SelectionContext.of(r.seed(), parallel).withProgress(r.progress()).withIds(r.ids());
    if (r.scores() != null) {
      c = c.withScores(Tensors.readVector(r.scores(), null));
    }
    if (r.events() != null) {
      c = c.withEvents(Tensors.readEvents(r.events()));
    }
    if (r.reads(SideInput.MODALITIES)) {
      Map<String, FloatMatrix> each = new LinkedHashMap<>();
      FusionOptions alone = new FusionOptions(r.fusion().tokens(), r.fusion().normalize(), FuseMode.CONCAT);
      for (Modality m : modalities) {
        each.put(m.name(), Fusion.fuse(List.of(m), alone, parallel, r.progress()));
      }
      c = c.withModalities(each);
    }
    if (target != null) {
      // pooled and normalised like one input modality, so that it lives in the features' space
      FusionOptions alone = new FusionOptions(r.fusion().tokens(), r.fusion().normalize(), FuseMode.CONCAT);
      c = c.withTarget(Fusion.fuse(List.of(target), alone, parallel, r.progress()));
    }
    return c;
  }
}
