package org.coreset4j.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.coreset4j.cli.common.ExitCodes;
import org.coreset4j.selection.MethodDescriptor;
import org.coreset4j.selection.Selectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coreset methods [NAME]}: every method (or one) with its source, side inputs and options. */
@Command(name = "methods", mixinStandardHelpOptions = true, sortOptions = false,
    description = "List the selection methods with their parameters, defaults and sources.")
public final class MethodsCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "NAME", description = "One method (default: all).")
  String name;

  @Option(names = "--markdown", description = "Write the reference as Markdown (docs/METHODS.md).")
  boolean markdown;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<MethodDescriptor> methods = name == null ? List.copyOf(Selectors.descriptors())
        : List.of(Selectors.descriptor(name));
    spec.commandLine().getOut().print(markdown ? MethodsReference.markdown(methods) : MethodsReference.text(methods));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
