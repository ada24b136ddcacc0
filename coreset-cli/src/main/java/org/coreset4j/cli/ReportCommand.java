package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coreset4j.evaluation.ResultsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code coreset report}: renders the HTML report from the JSON files that {@code evaluate --json} wrote. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Render one self-contained HTML report (opens offline) from evaluation results.")
public final class ReportCommand implements Callable<Integer> {
  @Option(names = "--results", required = true, paramLabel = "JSON",
      description = "Results of coreset evaluate --json; repeatable (one section per task, in this order).")
  List<Path> results = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "HTML", description = "The report to write.")
  Path out;

  @Option(names = "--selection", paramLabel = "NAME=PATH", description = "Selections to highlight on the map.")
  List<String> selections = new ArrayList<>();

  @Mixin ReportOptions reportOptions = new ReportOptions();

  private final TensorOpener opener;

  public ReportCommand() {
    this(TensorOpener.DEFAULT);
  }

  public ReportCommand(TensorOpener opener) {
    this.opener = opener;
  }

  @Override
  public Integer call() {
    OutputFiles.Clashes files = reportOptions.inputs(new OutputFiles.Clashes());
    results.forEach(r -> files.input("--results", r));
    ArrayInputs.named("--selection", selections).values().forEach(spec -> files.inputSpec("--selection", spec));
    files.output("--out", out).check();
    ArrayInputs arrays = new ArrayInputs(opener);
    Map<String, int[]> highlights = new LinkedHashMap<>();
    ArrayInputs.named("--selection", selections).forEach((name, path) -> highlights.put(name, arrays.selection(path)));
    reportOptions.build(results.stream().map(ResultsJson::read).toList(), highlights, arrays).write(out);
    return ExitCodes.OK;
  }
}
