package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import org.coreset4j.cli.common.InputSpecs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.coreset4j.Coresets;
import org.coreset4j.CoresetRequest;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.io.AtomicOutput;
import org.coreset4j.io.FileHashes;
import org.coreset4j.io.SelectionOutput;
import org.coreset4j.provenance.Manifest;
import org.coreset4j.io.NpyWriter;
import org.coreset4j.io.NpzWriter;
import org.coreset4j.cli.common.MethodOptionSpecs;
import org.coreset4j.kernels.Blas;
import org.coreset4j.params.MethodOptions;
import org.coreset4j.selection.Budget;
import org.coreset4j.selection.Selector;
import org.coreset4j.selection.Selectors;
import org.coreset4j.selection.pipeline.Prefilter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coreset select}: fuse the inputs, run one method, write indices, diagnostics and manifest. */
@Command(name = "select", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Select a coreset from per-modality embedding files.")
public final class SelectCommand implements Callable<Integer> {
  @Mixin FeatureOptions features;

  @Option(names = "--method", required = true, paramLabel = "NAME", completionCandidates = MethodOptionSpecs.AllMethods.class,
      description = "${COMPLETION-CANDIDATES} ('coreset methods' describes each; its options follow below).")
  String method;

  @ArgGroup(exclusive = true, multiplicity = "1")
  BudgetOptions budget;

  static final class BudgetOptions {
    @Option(names = "--fraction", description = "Fraction of N to keep, in (0, 1].") Double fraction;
    @Option(names = "--size", description = "Number of samples to keep, at most N.") Integer size;
  }

  @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).") long seed;

  @Option(names = "--threads", description = "Worker threads (default: all processors).") Integer threads;

  @Option(names = "--quiet", description = "No progress bar.") boolean quiet;

  @Option(names = "--out", required = true, description = "The selection, ascending: .npy (positions as int64, "
      + "or the ids: int64, strings, or 128-bit uids as DataComp's sorted u8,u8), .txt (one per line) or "
      + ".parquet (the id column, or index, and any --keep-columns).")
  Path out;

  @Option(names = "--layout", arity = "2", paramLabel = "NAME DIR", description = "A standard embedding folder "
      + "instead of --input: clip-retrieval (img_emb/, text_emb/, metadata/) or datacomp (*.npz with l14_img and "
      + "l14_txt, *.parquet with uid); sets the inputs and the ids and metadata unless given.")
  List<String> layout;

  @Option(names = "--ids", paramLabel = "PATH[:KEY]", description = "Sample ids, one per row, unique: .npy (int64, "
      + "uint64 (N, 2) or u8,u8 uids, strings), .txt, .json/.jsonl (field KEY, default id) or .parquet (column KEY, "
      + "default id or uid); a folder or glob of shards. --out then holds ids instead of positions.")
  String ids;

  @Option(names = "--metadata", paramLabel = "PATH", description = "Parquet metadata row-aligned with the inputs "
      + "(a file, or a folder or glob of shards), for --keep-columns.")
  Path metadata;

  @Option(names = "--keep-columns", split = ",", paramLabel = "COLUMN", description = "Metadata columns carried into "
      + "a .parquet --out (for example url,caption).")
  List<String> keepColumns = new ArrayList<>();

  @Option(names = "--hash", defaultValue = "sha256", paramLabel = "MODE", description = "How the manifest identifies "
      + "input files: sha256 (every byte), quick (size, first and last MiB) or none (default: ${DEFAULT-VALUE}).")
  String hash;

  @Option(names = "--manifest", description = "Manifest JSON (default: OUT with .json).") Path manifest;

  @Option(names = "--diagnostics", description = "Per-method diagnostics as .npz.") Path diagnostics;

  @Option(names = "--save-features", description = "The float32 (N, D') matrix the method saw, as .npy.")
  Path saveFeatures;

  @Option(names = "--scores", description = "Per-sample scores (.npy, length N), for the methods that read them (coreset methods: needs --scores).") Path scores;

  @Option(names = "--events", description = "Per-epoch correctness (.npy, N x E of 0/1), for the methods that read it (needs --events).") Path events;

  @Option(names = "--prefilter", paramLabel = "METHOD:KEEP",
      description = "Filter, then select: METHOD keeps the share KEEP of the samples (for example "
          + "clipscore:0.7 drops the 30%% worst-aligned pairs), then --method selects the budget from them. "
          + "Each method reads the options it takes.")
  String prefilter;
  @Option(names = "--target", paramLabel = "PATH[:KEY]", description = "Embeddings of the data you care about "
      + "(.npy, .npz, .safetensors or .parquet; (M, D) or (M, T, D), pooled and normalised like the inputs), for "
      + "the methods that read it (coreset methods: needs --target).") String target;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path manifestPath = manifest != null ? manifest : sibling(out, ".json");
    Layout given = layout == null ? null : Layout.of(layout.get(0), Path.of(layout.get(1)));
    if (given != null && !features.modalities.inputs.isEmpty()) {
      throw new InvalidInputException("--layout sets the inputs; give either --layout or --input");
    }
    List<CoresetRequest.InputRef> inputs = given == null ? features.refs() : given.inputs();
    CoresetRequest.InputRef idsRef = ids != null ? InputSpecs.parseFile("--ids", ids)
        : given == null || given.ids() == null ? null : new CoresetRequest.InputRef("ids", given.ids(), given.idKey());
    Path metadataPath = metadata != null ? metadata : given == null ? null : given.metadata();
    FileHashes.Mode hashMode = FileHashes.Mode.parse("--hash", hash);
    checkOutputs(manifestPath, inputs, idsRef, metadataPath);
    SampleIdsAndMetadata side = SampleIdsAndMetadata.open(inputs.getFirst(), idsRef, metadataPath, keepColumns);
    MethodOptions methodOptions = MethodOptionSpecs.given(spec, Selectors.descriptors());
    Prefilter first = prefilter == null ? null : Prefilter.parse(prefilter);
    Selector selector = first == null ? Selectors.create(method, methodOptions) : first.then(method, methodOptions);
    if (saveFeatures != null && !selector.readsFeatures() && "none".equals(features.reduce)) {
      throw new InvalidInputException("--save-features: --method " + method
          + " reads no feature values, so none are computed; leave it out");
    }
    CoresetRequest.InputRef targetRef = targetRef();
    if (selector.readsFeatures() || !"none".equals(features.reduce)) {
      Blas.preload(); // the natives load while the inputs are read, where there are features to compute
    }
    CoresetRequest.Builder request = CoresetRequest.builder();
    inputs.forEach(in -> request.input(in.name(), in.path(), in.key()));
    Coresets.CoresetResult r = Coresets.select(request
        .fusion(features.fusion())
        .reduce(features.reduce)
        .method(method, methodOptions)
        .prefilter(first)
        .budget(new Budget(budget.fraction, budget.size))
        .seed(seed)
        .threads(threads == null ? Runtime.getRuntime().availableProcessors() : threads)
        .scores(scores)
        .events(events)
        .target(targetRef == null ? null : targetRef.path(), targetRef == null ? null : targetRef.key())
        .progress(ConsoleProgress.forTerminal(quiet))
        .hash(hashMode)
        .ids(side.ids() == null ? null : side.ids().keys("--ids"))
        .build());
    OutputFiles files = new OutputFiles();
    int[] chosen = r.selection().indices();
    files.write(out, () -> SelectionOutput.write(out, chosen, side.ids(), side.kept(chosen)));
    if (diagnostics != null) {
      files.write(diagnostics, () -> NpzWriter.write(diagnostics, r.selection().diagnostics()));
    }
    if (saveFeatures != null) {
      files.write(saveFeatures, () -> NpyWriter.write(saveFeatures, r.features()));
    }
    Manifest m = side.describe(r.manifest(), given == null ? null : String.join(" ", layout));
    files.write(manifestPath, () -> AtomicOutput.write(manifestPath,
        o -> o.write(m.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    if (!quiet) {
      System.err.printf("selected %,d of %,d samples with %s -> %s%n",
          r.selection().size(), r.features().rows(), method, out);
    }
    return ExitCodes.OK;
  }

  private void checkOutputs(Path manifestPath, List<CoresetRequest.InputRef> inputs, CoresetRequest.InputRef idsRef,
      Path metadataPath) {
    SelectionOutput.check(out, !keepColumns.isEmpty());
    if (!keepColumns.isEmpty() && metadataPath == null) {
      throw new InvalidInputException("--keep-columns needs --metadata (or a --layout with metadata)");
    }
    OutputFiles.checkDirectory("--out", out);
    OutputFiles.checkDirectory("--manifest", manifestPath);
    OutputFiles.checkDirectory("--diagnostics", diagnostics);
    OutputFiles.checkDirectory("--save-features", saveFeatures);
    if (diagnostics != null && !diagnostics.toString().endsWith(".npz")) {
      throw new InvalidInputException("--diagnostics " + diagnostics + " must end in .npz");
    }
    if (saveFeatures != null && !saveFeatures.toString().endsWith(".npy")) {
      throw new InvalidInputException("--save-features " + saveFeatures + " must end in .npy");
    }
    new OutputFiles.Clashes().inputs(inputs).input("--scores", scores).input("--events", events)
        .input("--ids", idsRef == null ? null : idsRef.path()).input("--metadata", metadataPath)
        .input("--target", target == null ? null : targetRef().path())
        .output("--out", out).output(manifest != null ? "--manifest" : "the manifest (--out with .json)", manifestPath)
        .output("--diagnostics", diagnostics).output("--save-features", saveFeatures).check();
  }

  /** {@code --target PATH[:KEY]}, or null. */
  private CoresetRequest.InputRef targetRef() {
    return target == null ? null : InputSpecs.parseFile("--target", target);
  }

  /** OUT with its extension replaced. */
  static Path sibling(Path out, String extension) {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return out.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
  }
}
