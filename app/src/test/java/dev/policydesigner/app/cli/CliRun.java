package dev.policydesigner.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of one command-line run in a test. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CommandLine.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }
}
