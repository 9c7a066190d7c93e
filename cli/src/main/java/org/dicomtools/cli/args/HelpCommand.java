// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli.args;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** {@code help [COMMAND...]}: the usage of the program, or of the command (and sub-command) named. */
public final class HelpCommand implements Command {
    private final List<String> words = new ArrayList<>();
    private CommandSpec spec;

    @Override
    public void define(CommandSpec s) {
        this.spec = s;
        s.description("Display help information about the specified command.");
        s.positional("COMMAND").optional().repeatable().help("The command to show the usage of.").string(words::add);
    }

    @Override
    public Integer call() {
        CommandSpec target = spec.parent() == null ? spec : spec.parent();
        for (String word : words) {
            Supplier<? extends Command> sub = target.subcommands().get(word);
            if (sub == null) {
                throw new UsageException(target, "Unknown subcommand '" + word + "'.");
            }
            target = target.child(word, sub.get());
        }
        System.out.print(target.usage());
        System.out.flush();
        return 0;
    }
}
