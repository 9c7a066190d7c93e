// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli.args;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a command accepts: its name, description, options, positional parameters and sub-commands. A command fills
 * its spec in {@link Command#define}; every spec has {@code -h, --help} and {@code -V, --version} from the start.
 * Sub-commands are registered as factories and made only when the command line names them, so a run builds only
 * the command it runs.
 */
public final class CommandSpec {
    private final String name;
    private final CommandSpec parent;
    private final List<String> description = new ArrayList<>();
    private final List<ArgSpec> options = new ArrayList<>();
    private final List<ArgSpec> positionals = new ArrayList<>();
    private final Map<String, Supplier<? extends Command>> subcommands = new LinkedHashMap<>();
    private Supplier<List<String>> version;

    private CommandSpec(String name, CommandSpec parent) {
        this.name = name;
        this.parent = parent;
        addOption(new ArgSpec(List.of("-h", "--help"), null, false)).standard(ArgSpec.Kind.HELP,
                "Show this help message and exit.");
        addOption(new ArgSpec(List.of("-V", "--version"), null, false)).standard(ArgSpec.Kind.VERSION,
                "Print version information and exit.");
    }

    /** The spec of the program itself, filled by {@code command}. */
    public static CommandSpec root(String name, Command command) {
        CommandSpec spec = new CommandSpec(name, null);
        command.define(spec);
        return spec;
    }

    /** The spec of a sub-command, filled by {@code command}. */
    CommandSpec child(String childName, Command command) {
        CommandSpec spec = new CommandSpec(childName, this);
        command.define(spec);
        return spec;
    }

    /** Paragraphs of the description; the first is also the command's line in its parent's command list. */
    public CommandSpec description(String... paragraphs) {
        Collections.addAll(description, paragraphs);
        return this;
    }

    /** The lines {@code --version} prints, for this command and its sub-commands. */
    public CommandSpec version(Supplier<List<String>> lines) {
        this.version = lines;
        return this;
    }

    /** Declares an option with these names (such as {@code "-o", "--output"}); finish it with a setter. */
    public ArgSpec option(String... names) {
        List<String> list = ArgSpec.namesOf(names);
        for (String n : list) {
            if (findOwn(n) != null) {
                throw new IllegalStateException(qualifiedName() + ": option " + n + " declared twice");
            }
        }
        return addOption(new ArgSpec(list, null, false));
    }

    /** Shorthand for an option without a value. */
    public void flag(String optionName, String help, Runnable action) {
        option(optionName).help(help).flag(action);
    }

    /** Declares the next positional parameter, shown as {@code label}; required unless made optional. */
    public ArgSpec positional(String label) {
        ArgSpec arg = new ArgSpec(List.of(), label, true);
        positionals.add(arg);
        return arg;
    }

    /** Registers a sub-command, made by {@code factory} only when it is run or its help is shown. */
    public CommandSpec subcommand(String subName, Supplier<? extends Command> factory) {
        subcommands.put(subName, factory);
        return this;
    }

    private ArgSpec addOption(ArgSpec arg) {
        options.add(arg);
        return arg;
    }

    /** The option with this name: this command's own, else one inherited from a parent. */
    ArgSpec find(String optionName) {
        ArgSpec own = findOwn(optionName);
        if (own != null) {
            return own;
        }
        for (CommandSpec p = parent; p != null; p = p.parent) {
            ArgSpec up = p.findOwn(optionName);
            if (up != null && up.isInherited()) {
                return up;
            }
        }
        return null;
    }

    private ArgSpec findOwn(String optionName) {
        for (ArgSpec o : options) {
            if (o.names().contains(optionName)) {
                return o;
            }
        }
        return null;
    }

    /** This command's options and those inherited from its parents, in declaration order. */
    List<ArgSpec> allOptions() {
        List<ArgSpec> all = new ArrayList<>(options);
        for (CommandSpec p = parent; p != null; p = p.parent) {
            for (ArgSpec o : p.options) {
                if (o.isInherited()) {
                    all.add(o);
                }
            }
        }
        return all;
    }

    List<ArgSpec> ownOptions() {
        return options;
    }

    List<ArgSpec> positionals() {
        return positionals;
    }

    Map<String, Supplier<? extends Command>> subcommands() {
        return subcommands;
    }

    List<String> descriptionLines() {
        return description;
    }

    /** The version lines of this command or the nearest parent that has them (empty when none does). */
    List<String> versionLines() {
        for (CommandSpec s = this; s != null; s = s.parent) {
            if (s.version != null) {
                return s.version.get();
            }
        }
        return List.of();
    }

    public String name() {
        return name;
    }

    public CommandSpec parent() {
        return parent;
    }

    /** The command as typed: {@code dicom-tools batch convert}. */
    public String qualifiedName() {
        return parent == null ? name : parent.qualifiedName() + " " + name;
    }

    /** The usage text of this command ({@link Help}). */
    public String usage() {
        return Help.of(this);
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
