package org.coreset4j.cli.common;

import java.io.PrintWriter;
import org.coreset4j.util.InvalidInputException;
import picocli.CommandLine;

/** Exit codes: 0 success, 1 internal failure, 2 invalid input (one line on stderr). */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int INVALID_INPUT = 2;

  private ExitCodes() {}

  /** Maps exceptions thrown by a command to one line on stderr and an exit code. */
  public static final class ExceptionMapper implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
      PrintWriter err = cl.getErr();
      Throwable t = e;
      while (!(t instanceof InvalidInputException) && t.getCause() != null && t != t.getCause()) {
        t = t.getCause();
      }
      if (t instanceof InvalidInputException bad) {
        err.println("coreset: " + oneLine(bad.getMessage()));
        err.flush();
        return INVALID_INPUT;
      }
      err.println("coreset: internal error: " + e);
      e.printStackTrace(err);
      err.flush();
      return INTERNAL;
    }
  }

  /** Unknown options and unparsable values are invalid input too. */
  public static final class ParameterMapper implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("coreset: " + oneLine(e.getMessage()) + " (see 'coreset "
          + e.getCommandLine().getCommandName() + " --help')");
      err.flush();
      return INVALID_INPUT;
    }
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
