package org.coreset4j.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.cli.common.ExitCodes;
import org.coreset4j.cli.common.InputSpecs;
import org.coreset4j.cli.common.MethodOptionSpecs;
import org.coreset4j.fusion.FuseMode;
import org.coreset4j.fusion.Normalization;
import org.coreset4j.fusion.TokenPooling;
import org.coreset4j.selection.Budget;
import org.coreset4j.params.MethodOptions;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coreset spark-select}, also the main class for {@code spark-submit}: reads Parquet
 * embeddings (an id column and one vector column per modality), selects a coreset over Spark and
 * writes the selected ids as Parquet ({@code --out DIR}) plus the manifest. Bad input ends with
 * one line and exit code 2 before anything is written.
 */
@Command(name = "spark-select", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Select a coreset from Parquet embeddings over Apache Spark.")
public final class SparkSelect implements Callable<Integer> {
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[2] (default: from spark-submit or the Spark configuration).")
  String master;

  @Option(names = "--parquet", required = true, paramLabel = "PATH", description = "Input Parquet file or directory.")
  String parquet;

  @Option(names = "--id-column", defaultValue = "id", paramLabel = "NAME",
      description = "Column of unique sample ids, bigint, int, string or binary (default: ${DEFAULT-VALUE}).")
  String idColumn;

  @Option(names = "--column", required = true, paramLabel = "NAME",
      description = "A vector column (array<float> or array<double>, or an array of them: tokens), one per modality; "
          + "repeatable.")
  List<String> columns;

  @Option(names = "--tokens", defaultValue = "mean", paramLabel = "MODE",
      description = "Pooling of token columns: mean|sum|concat|first|coincide (default: ${DEFAULT-VALUE}).")
  String tokens;

  @Option(names = "--normalize", defaultValue = "none", paramLabel = "MODE",
      description = "Per-modality normalisation: none|l2|standard (default: ${DEFAULT-VALUE}).")
  String normalize;

  @Option(names = "--fuse", defaultValue = "concat", paramLabel = "MODE",
      description = "Fusion across modalities: concat|mean|sum (default: ${DEFAULT-VALUE}).")
  String fuse;

  @Option(names = "--reduce", defaultValue = "none", paramLabel = "SPEC",
      description = "none or pca:D: the fused features' first D principal components, exact (default: ${DEFAULT-VALUE}).")
  String reduce;

  @Option(names = "--method", required = true, paramLabel = "NAME",
      completionCandidates = SparkCoresets.DistributedMethods.class,
      description = "${COMPLETION-CANDIDATES} (the methods that run on Spark; their options follow below).")
  String method;

  @ArgGroup(exclusive = true, multiplicity = "1")
  BudgetOptions budget;

  static final class BudgetOptions {
    @Option(names = "--fraction", description = "Fraction of N to keep, in (0, 1].") Double fraction;
    @Option(names = "--size", description = "Number of samples to keep, at most N.") Integer size;
  }

  @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).") long seed;

  @Option(names = "--target", paramLabel = "PATH[:KEY]", description = "normsim, vas: embeddings of the data you care "
      + "about (.npy, .npz, .safetensors or .parquet on the driver, M x D, normalised like a --column).")
  String target;

  @Option(names = "--scores", paramLabel = "COLUMN", description = "score, ccs, d2: the input's column of "
      + "per-sample scores (a number per row).")
  String scores;

  @Option(names = "--events", paramLabel = "COLUMN", description = "forgetting: the input's column of per-epoch "
      + "correctness (an array of 0/1 or booleans per row).")
  String events;

  @Option(names = "--partitions", paramLabel = "P",
      description = "Repartition the input into P partitions first (default: as read).")
  Integer partitions;

  @Option(names = "--pool-factor", defaultValue = "2", paramLabel = "A",
      description = "dq, kcenter: the first round keeps about A times the budget (default: ${DEFAULT-VALUE}).")
  double poolFactor;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory (Parquet, column id: bigint, or string for string ids).")
  String out;

  @Option(names = "--manifest", paramLabel = "FILE", description = "Manifest JSON (default: DIR/_manifest.json).")
  String manifest;

  @Option(names = "--quiet", description = "No summary line.") boolean quiet;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    SparkRequest request = new SparkRequest(idColumn, columns, Normalization.parse(normalize), FuseMode.parse(fuse),
        MethodSpec.of(method, MethodOptionSpecs.given(spec, SparkCoresets.methods())), new Budget(budget.fraction, budget.size), seed, poolFactor)
        .withTarget(target == null ? null : InputSpecs.parseFile("--target", target))
        .withSideColumns(scores, events).withTokens(TokenPooling.parse(tokens)).withReduce(reduce);
    MethodOptions.require(partitions == null || partitions >= 1, "partitions", partitions, "must be at least 1");
    SparkSession.Builder builder = SparkSession.builder().appName("coreset spark-select");
    if (master != null) {
      builder.master(master);
    }
    boolean shared = SparkSession.getDefaultSession().isDefined();
    SparkSession spark = builder.getOrCreate();
    try {
      Path outDir = new Path(out);
      Path manifestPath = new Path(manifest != null ? manifest : out + "/_manifest.json");
      FileSystem fs = outDir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(outDir)) {
        throw new InvalidInputException("--out " + out + " already exists; remove it or choose another directory");
      }
      Dataset<Row> input = read(spark);
      if (partitions != null) {
        input = input.repartition(partitions);
      }
      SparkResult r = SparkCoresets.select(input, request, "--parquet " + parquet);
      r.toDataset(spark, 1).write().parquet(out);
      try (OutputStream o = manifestPath.getFileSystem(spark.sparkContext().hadoopConfiguration())
          .create(manifestPath, false)) {
        o.write(r.manifest().toJson().getBytes(StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        fs.delete(outDir, true);
        throw e;
      }
      if (!quiet) {
        System.err.printf("selected %,d of %,d samples with %s -> %s%n", r.ids().length,
            ((Number) r.counts().get("samples")).longValue(), method, out);
      }
      return ExitCodes.OK;
    } finally {
      if (!shared) {
        spark.stop();
      }
    }
  }

  /** The input; a missing path or a file that is not Parquet is bad input. */
  private Dataset<Row> read(SparkSession spark) {
    try {
      return spark.read().parquet(parquet);
    } catch (Exception e) { // Scala does not declare its AnalysisException
      if (e instanceof AnalysisException) {
        throw new InvalidInputException("--parquet " + parquet + ": " + e.getMessage().lines().findFirst().orElse(""));
      }
      throw e;
    }
  }

  /** The command with its method options and the exit codes of {@code coreset}. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SparkSelect());
    MethodOptionSpecs.addTo(cl.getCommandSpec(), SparkCoresets.methods());
    cl.setExecutionExceptionHandler(new ExitCodes.ExceptionMapper());
    cl.setParameterExceptionHandler(new ExitCodes.ParameterMapper());
    return cl;
  }

  /** Runs the command: exit code 0 ok, 1 internal error, 2 bad input. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

}
