package org.coreset4j.cli;

import java.util.List;
import org.coreset4j.cli.common.ExitCodes;
import org.coreset4j.cli.common.MethodOptionSpecs;
import org.coreset4j.selection.Selectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code coreset} command: one subcommand per job. A run that names its subcommand builds only
 * that one's model (picocli reads every option of every command it is given, which was a third of
 * the start-up of a short run); help and unknown names build them all.
 */
@Command(
    name = "coreset",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Select coresets from large multimodal embedding sets.")
public final class Main implements Runnable {
  /** The subcommands, in the order help lists them. */
  private static final List<Class<?>> COMMANDS = List.of(CommandLine.HelpCommand.class, DemoCommand.class,
      SelectCommand.class, MethodsCommand.class, ProbeCommand.class, InspectCommand.class, ScenesCommand.class,
      EmbedCommand.class, EvaluateCommand.class, DistillCommand.class, AlignCommand.class, ReportCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /** The command line with every subcommand and the exit-code mapping they all use. */
  public static CommandLine commandLine() {
    return commandLine(COMMANDS);
  }

  /** The command line for {@code args}: only the subcommand they name when they name one. */
  static CommandLine commandLine(String[] args) {
    if (args.length > 0) {
      for (Class<?> c : COMMANDS) {
        if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[0])) {
          return commandLine(List.of(c));
        }
      }
    }
    return commandLine();
  }

  private static CommandLine commandLine(List<Class<?>> commands) {
    CommandLine cl = new CommandLine(new Main());
    for (Class<?> c : commands) {
      cl.addSubcommand(c);
    }
    CommandLine select = cl.getSubcommands().get("select");
    if (select != null) {
      MethodOptionSpecs.addTo(select.getCommandSpec(), Selectors.descriptors());
    }
    cl.setExecutionExceptionHandler(new ExitCodes.ExceptionMapper());
    cl.setParameterExceptionHandler(new ExitCodes.ParameterMapper());
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine(args).execute(args));
  }
}
