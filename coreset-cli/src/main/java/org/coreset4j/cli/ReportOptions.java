package org.coreset4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coreset4j.util.InvalidInputException;
import org.coreset4j.evaluation.EvaluationResult;
import org.coreset4j.report.Report;
import picocli.CommandLine.Option;

/** What an HTML report shows beside the evaluation: the sample map, group sizes and a manifest. */
final class ReportOptions {
  @Option(names = "--title", description = "Report title (default: ${DEFAULT-VALUE}).",
      defaultValue = "coreset4j evaluation")
  String title;

  @Option(names = "--coords", paramLabel = "PATH[:KEY]",
      description = "N x 2 coordinates of all samples for the map (for example a UMAP layout).")
  String coords;

  @Option(names = "--groups", paramLabel = "NAME=PATH",
      description = "Group sizes to chart, e.g. bins=bin_sizes.npy (repeatable).")
  List<String> groups = new ArrayList<>();

  @Option(names = "--manifest", paramLabel = "JSON", description = "A manifest to show in the report.")
  Path manifest;

  /** Adds the files these options read to {@code files}. */
  OutputFiles.Clashes inputs(OutputFiles.Clashes files) {
    files.inputSpec("--coords", coords).input("--manifest", manifest);
    ArrayInputs.named("--groups", groups).values().forEach(spec -> files.inputSpec("--groups", spec));
    return files;
  }

  /** The report of {@code results} (one section each) with {@code highlights} marked on the map. */
  Report build(List<EvaluationResult> results, Map<String, int[]> highlights, ArrayInputs arrays) {
    Report report = new Report(title);
    results.forEach(report::results);
    if (coords != null) {
      report.coordinates(arrays.matrix("--coords", coords));
      highlights.forEach(report::highlight);
    }
    ArrayInputs.named("--groups", groups).forEach((name, path) -> report.groupSizes(name, arrays.labels(path)));
    if (manifest != null) {
      try {
        report.manifest(Files.readString(manifest));
      } catch (IOException e) {
        throw new InvalidInputException("--manifest " + manifest + " cannot be read: " + e.getMessage(), e);
      }
    }
    return report;
  }
}
