package org.coreset4j.cli;

import org.coreset4j.cli.common.ExitCodes;
import org.coreset4j.cli.common.MethodOptionSpecs;
import org.coreset4j.selection.Selectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code coreset} command: one subcommand per job. */
@Command(
    name = "coreset",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Select coresets from large multimodal embedding sets.",
    subcommands = {CommandLine.HelpCommand.class,
        DemoCommand.class,
        SelectCommand.class,
        MethodsCommand.class,
        ProbeCommand.class,
        InspectCommand.class,
        ScenesCommand.class,
        EmbedCommand.class,
        EvaluateCommand.class,
        DistillCommand.class,
        AlignCommand.class,
        ReportCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** Builds the command line with the exit-code mapping used by every subcommand. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    MethodOptionSpecs.addTo(cl.getSubcommands().get("select").getCommandSpec(), Selectors.descriptors());
    cl.setExecutionExceptionHandler(new ExitCodes.ExceptionMapper());
    cl.setParameterExceptionHandler(new ExitCodes.ParameterMapper());
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
