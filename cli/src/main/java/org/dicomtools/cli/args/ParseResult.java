// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli.args;

/**
 * What a command line asked for: the command to run (its fields set from the arguments), or help or the version of
 * the command named.
 *
 * @param spec             the command named last on the line (a sub-command when one was given)
 * @param command          that command, with its options set
 * @param helpRequested    {@code -h}/{@code --help} was given: print {@code spec}'s help instead of running
 * @param versionRequested {@code -V}/{@code --version} was given: print the version instead of running
 */
public record ParseResult(CommandSpec spec, Command command, boolean helpRequested, boolean versionRequested) {
}
