/**
 * The {@code coreset} command (picocli): one subcommand per job, the options of docs/CLI.md,
 * exit codes, progress bars and outputs written all or nothing. May depend on any package but
 * spark; no library package depends on it.
 */
package org.coreset4j.cli;
