// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli.args;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTest {
    @Test
    void laysOutSortedOptionsInAnAlignedWrappedTable() {
        ParserTest.Sample s = new ParserTest.Sample();
        String help = CommandSpec.root("prog", s).usage();
        assertThat(help).isEqualTo("""
                Usage: prog [OPTIONS] FILE
                A sample command.
                      FILE                 Input
                      --center=<center>    Centre
                  -f, --format=<format>    Format
                      --frame=<frame>      Frame (default 0).
                  -h, --help               Show this help message and exit.
                  -j, --jobs=N             Jobs
                  -o, --output=F           Output
                  -r, --recursive          Sub-folders
                      --shape=<shape>      Shape
                      --show=KEY[,KEY...]  Columns
                  -t, --tag=K=V            Tag
                  -V, --version            Print version information and exit.
                  -x                       Extra
                """);
    }

    @Test
    void wrapsLongDescriptionsAndPutsWideNamesOnTheirOwnLine() {
        Command c = new Command() {
            @Override
            public void define(CommandSpec spec) {
                spec.description("First paragraph.", "A second paragraph long enough to need wrapping at eighty "
                        + "columns, as every description is.");
                spec.option("--a-rather-long-option-name").label("VALUE").help("Short help.").string(v -> { });
                spec.option("-q").help("A description long enough that it cannot fit beside the names and is "
                        + "wrapped with an indent.").flag(() -> { });
                spec.subcommand("sub", () -> new Command() {
                    @Override
                    public void define(CommandSpec s) {
                        s.description("What sub does.", "Not shown in the parent's list.");
                    }

                    @Override
                    public Integer call() {
                        return 0;
                    }
                });
            }

            @Override
            public Integer call() {
                return 0;
            }
        };
        assertThat(CommandSpec.root("prog", c).usage()).isEqualTo("""
                Usage: prog [OPTIONS] [COMMAND]
                First paragraph.
                A second paragraph long enough to need wrapping at eighty columns, as every
                description is.
                      --a-rather-long-option-name=VALUE
                                 Short help.
                  -h, --help     Show this help message and exit.
                  -q             A description long enough that it cannot fit beside the names
                                   and is wrapped with an indent.
                  -V, --version  Print version information and exit.
                Commands:
                  sub  What sub does.
                """);
    }

    @Test
    void wrapsOnWords() {
        assertThat(Help.wrap("one two three four", 9, 2)).containsExactly("one two", "three", "four");
        assertThat(Help.wrap("", 9, 0)).isEmpty();
    }
}
