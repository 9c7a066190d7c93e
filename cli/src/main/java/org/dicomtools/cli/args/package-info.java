// SPDX-License-Identifier: Apache-2.0
/**
 * The command-line parser of the CLI: small, without reflection or annotations, so that a run pays only for the
 * command it runs. A {@link org.dicomtools.cli.args.Command} declares its options in code on a
 * {@link org.dicomtools.cli.args.CommandSpec}, each bound to the command's field by a lambda; the
 * {@link org.dicomtools.cli.args.Parser} walks the arguments once, calls those setters and finds the sub-command to
 * run; {@link org.dicomtools.cli.args.Help} lays out the usage text. Syntax and error wording follow picocli, which this
 * package replaced: {@code --name=value}, {@code --name value}, {@code -o value}, {@code -ovalue}, clustered short
 * flags ({@code -rv}), {@code --} ending the options.
 */
package org.dicomtools.cli.args;
