// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubcommandTest {
    /** A program with a global inherited flag, one command and a command with sub-commands. */
    static final class Program implements Command {
        static final List<String> MADE = new ArrayList<>();
        boolean verbose;

        @Override
        public void define(CommandSpec spec) {
            spec.description("The program.");
            spec.version(() -> List.of("prog 1.0"));
            spec.option("-v", "--verbose").inherited().help("Verbose").flag(() -> verbose = true);
            spec.subcommand("leaf", () -> made("leaf", new Leaf()));
            spec.subcommand("group", () -> made("group", new Group()));
            spec.subcommand("help", HelpCommand::new);
        }

        @Override
        public Integer call() {
            throw new UsageException("a command is required");
        }
    }

    static <T extends Command> T made(String name, T command) {
        Program.MADE.add(name);
        return command;
    }

    static final class Leaf implements Command {
        String dir;
        boolean recursive;

        @Override
        public void define(CommandSpec spec) {
            spec.description("A leaf command.");
            spec.positional("DIR").help("Folder").string(v -> dir = v);
            spec.option("-r", "--recursive").help("Sub-folders").flag(() -> recursive = true);
        }

        @Override
        public Integer call() {
            return 0;
        }
    }

    static final class Group implements Command {
        @Override
        public void define(CommandSpec spec) {
            spec.description("A group.");
            spec.subcommand("leaf", Leaf::new);
        }

        @Override
        public Integer call() {
            return 0;
        }
    }

    static ParseResult parse(Program p, String... args) {
        return Parser.parse(CommandSpec.root("prog", p), p, args);
    }

    @Test
    void makesOnlyTheCommandThatIsRun() {
        Program.MADE.clear();
        Program p = new Program();
        ParseResult r = parse(p, "leaf", "d", "-r");
        assertThat(Program.MADE).containsExactly("leaf");
        assertThat(r.command()).isInstanceOfSatisfying(Leaf.class, leaf -> {
            assertThat(leaf.dir).isEqualTo("d");
            assertThat(leaf.recursive).isTrue();
        });
        assertThat(r.spec().qualifiedName()).isEqualTo("prog leaf");
    }

    @Test
    void inheritedOptionsWorkBeforeAndAfterTheCommand() {
        Program before = new Program();
        parse(before, "-v", "leaf", "d");
        assertThat(before.verbose).isTrue();
        Program after = new Program();
        parse(after, "group", "leaf", "d", "--verbose");
        assertThat(after.verbose).isTrue();
        assertThatThrownBy(() -> parse(new Program(), "leaf", "-vr", "d", "-v"))
                .hasMessage("option '--verbose' should be specified only once");
    }

    @Test
    void nestedSubcommandsHaveQualifiedNames() {
        ParseResult r = parse(new Program(), "group", "leaf", "x");
        assertThat(r.spec().qualifiedName()).isEqualTo("prog group leaf");
        assertThatThrownBy(() -> parse(new Program(), "group", "leaf"))
                .isInstanceOfSatisfying(UsageException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Missing required parameter: 'DIR'");
                    assertThat(e.spec().qualifiedName()).isEqualTo("prog group leaf");
                });
    }

    @Test
    void anUnknownCommandIsAnUnmatchedArgument() {
        assertThatThrownBy(() -> parse(new Program(), "-v", "frob"))
                .hasMessage("Unmatched argument at index 1: 'frob'");
    }

    @Test
    void aCommandWithoutItsSubcommandRunsItself() {
        ParseResult r = parse(new Program());
        assertThat(r.command()).isInstanceOf(Program.class);
        assertThatThrownBy(() -> r.command().call()).hasMessage("a command is required");
    }

    @Test
    void helpOnASubcommandIsThatCommandsHelp() {
        ParseResult r = parse(new Program(), "group", "leaf", "--help");
        assertThat(r.helpRequested()).isTrue();
        assertThat(r.spec().usage()).startsWith("Usage: prog group leaf [OPTIONS] DIR\nA leaf command.\n");
        ParseResult v = parse(new Program(), "leaf", "-V");
        assertThat(v.versionRequested()).isTrue();
        assertThat(v.spec().versionLines()).containsExactly("prog 1.0");
    }

    @Test
    void theHelpCommandPrintsTheNamedCommandsUsage() throws Exception {
        ParseResult r = parse(new Program(), "help", "group", "leaf");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(r.command().call()).isZero();
        } finally {
            System.setOut(old);
        }
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("Usage: prog group leaf ");
        ParseResult bad = parse(new Program(), "help", "nope");
        assertThatThrownBy(() -> bad.command().call()).isInstanceOfSatisfying(UsageException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Unknown subcommand 'nope'.");
            assertThat(e.spec().qualifiedName()).isEqualTo("prog");
        });
    }
}
