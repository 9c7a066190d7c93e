// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {
    enum Shape { ROUND, SQUARE }

    /** A command with one option of every kind. */
    static final class Sample implements Command {
        Path file;
        Path output;
        boolean recursive;
        boolean verbose;
        int frame;
        Integer jobs;
        Double center;
        Shape shape;
        String format;
        final List<String> tags = new ArrayList<>();
        final List<String> show = new ArrayList<>();
        String required;

        @Override
        public void define(CommandSpec spec) {
            spec.description("A sample command.");
            spec.positional("FILE").help("Input").path(v -> file = v);
            spec.option("-o", "--output").label("F").help("Output").path(v -> output = v);
            spec.option("-r", "--recursive").help("Sub-folders").flag(() -> recursive = true);
            spec.flag("-x", "Extra", () -> verbose = true);
            spec.option("--frame").defaultValue("0").help("Frame (default ${DEFAULT-VALUE}).").intValue(v -> frame = v);
            spec.option("-j", "--jobs").label("N").help("Jobs").intValue(v -> jobs = v);
            spec.option("--center").help("Centre").doubleValue(v -> center = v);
            spec.option("--shape").help("Shape").choice(Shape.class, v -> shape = v);
            spec.option("-f", "--format").defaultValue("png").help("Format").string(v -> format = v);
            spec.option("-t", "--tag").label("K=V").repeatable().help("Tag").string(tags::add);
            spec.option("--show").label("KEY").split(",").help("Columns").string(show::add);
            spec.option("--secret").hidden().help("Hidden").string(v -> required = v);
        }

        @Override
        public Integer call() {
            return 0;
        }
    }

    static Sample parse(String... args) {
        Sample s = new Sample();
        Parser.parse(CommandSpec.root("prog", s), s, args);
        return s;
    }

    static String error(String... args) {
        Sample s = new Sample();
        CommandSpec spec = CommandSpec.root("prog", s);
        try {
            Parser.parse(spec, s, args);
        } catch (UsageException e) {
            return e.getMessage();
        }
        throw new AssertionError("no usage error");
    }

    @Test
    void takesLongOptionsWithEqualsOrTheNextArgument() {
        Sample s = parse("--output=a.png", "in.dcm", "--frame", "3");
        assertThat(s.output).isEqualTo(Path.of("a.png"));
        assertThat(s.file).isEqualTo(Path.of("in.dcm"));
        assertThat(s.frame).isEqualTo(3);
    }

    @Test
    void takesShortOptionsSeparateAttachedOrWithEquals() {
        assertThat(parse("in", "-o", "a").output).isEqualTo(Path.of("a"));
        assertThat(parse("in", "-oa").output).isEqualTo(Path.of("a"));
        assertThat(parse("in", "-o=a").output).isEqualTo(Path.of("a"));
    }

    @Test
    void clustersShortFlagsAndEndsAClusterWithAValueOption() {
        Sample s = parse("-rx", "in");
        assertThat(s.recursive).isTrue();
        assertThat(s.verbose).isTrue();
        Sample t = parse("-rj4", "in");
        assertThat(t.recursive).isTrue();
        assertThat(t.jobs).isEqualTo(4);
        assertThat(parse("-rj", "2", "in").jobs).isEqualTo(2);
    }

    @Test
    void appliesDefaultsBeforeParsingAndLetsValuesOverrideThem() {
        Sample s = parse("in");
        assertThat(s.frame).isZero();
        assertThat(s.format).isEqualTo("png");
        assertThat(s.jobs).isNull();
        assertThat(parse("in", "-f", "jpeg").format).isEqualTo("jpeg");
    }

    @Test
    void acceptsNegativeNumbersAsValuesAndAsParameters() {
        assertThat(parse("in", "--center", "-40.5").center).isEqualTo(-40.5);
        assertThat(parse("in", "--frame", "-1").frame).isEqualTo(-1);
        assertThat(parse("-3").file).isEqualTo(Path.of("-3"));
        assertThat(parse("in", "-o", "-weird").output).isEqualTo(Path.of("-weird"));
    }

    @Test
    void doubleDashEndsTheOptions() {
        assertThat(parse("--", "-r").file).isEqualTo(Path.of("-r"));
        assertThat(parse("--", "-r").recursive).isFalse();
    }

    @Test
    void repeatsAndSplitsListOptions() {
        Sample s = parse("in", "-t", "a=1", "--tag=b=2", "--show", "X,Y", "--show=Z");
        assertThat(s.tags).containsExactly("a=1", "b=2");
        assertThat(s.show).containsExactly("X", "Y", "Z");
    }

    @Test
    void readsEnumsInAnyCase() {
        assertThat(parse("in", "--shape", "Square").shape).isEqualTo(Shape.SQUARE);
        assertThat(error("in", "--shape", "oval"))
                .isEqualTo("Invalid value for option '--shape': expected one of [ROUND, SQUARE] (case-insensitive) "
                        + "but was 'oval'");
    }

    @Test
    void acceptsTrueOrFalseAttachedToAFlag() {
        assertThat(parse("in", "-r").recursive).isTrue();
        assertThat(parse("in", "--recursive=true").recursive).isTrue();
        assertThat(parse("in", "--recursive=false").recursive).isFalse();
        assertThat(error("in", "--recursive=yes")).isEqualTo("Invalid value for option '--recursive': 'yes' is not a "
                + "boolean");
    }

    @Test
    void wordsUsageErrorsAsPicocliDid() {
        assertThat(error()).isEqualTo("Missing required parameter: 'FILE'");
        assertThat(error("in", "--foo")).isEqualTo("Unknown option: '--foo'");
        assertThat(error("in", "--foo=1", "--bar")).isEqualTo("Unknown options: '--foo=1', '--bar'");
        assertThat(error("in", "-q")).isEqualTo("Unknown option: '-q'");
        assertThat(error("in", "--foo", "x")).isEqualTo("Unknown options: '--foo', 'x'");
        assertThat(error("in", "x")).isEqualTo("Unmatched argument at index 1: 'x'");
        assertThat(error("in", "-r", "x", "y")).isEqualTo("Unmatched arguments from index 2: 'x', 'y'");
        assertThat(error("in", "--frame", "abc")).isEqualTo("Invalid value for option '--frame': 'abc' is not an int");
        assertThat(error("in", "--frame=1.5")).isEqualTo("Invalid value for option '--frame': '1.5' is not an int");
        assertThat(error("in", "--center", "x")).isEqualTo("Invalid value for option '--center': 'x' is not a double");
        assertThat(error("in", "--frame")).isEqualTo("Missing required parameter for option '--frame' (<frame>)");
        assertThat(error("in", "-o", "--frame")).isEqualTo("Expected parameter for option '--output' but found "
                + "'--frame'");
        assertThat(error("in", "--frame", "1", "--frame", "2"))
                .isEqualTo("option '--frame' (<frame>) should be specified only once");
        assertThat(error("in", "-r", "--recursive")).isEqualTo("option '--recursive' should be specified only once");
    }

    @Test
    void reportsMissingRequiredOptionsAndParameters() {
        Command two = new Command() {
            @Override
            public void define(CommandSpec spec) {
                spec.positional("SRC").path(v -> { });
                spec.positional("DEST").path(v -> { });
                spec.option("-t", "--transfer-syntax", "--syntax").label("TS").required().string(v -> { });
            }

            @Override
            public Integer call() {
                return 0;
            }
        };
        CommandSpec spec = CommandSpec.root("prog", two);
        assertThatThrownBy(() -> Parser.parse(spec, two)).hasMessage("Missing required parameters: 'SRC', 'DEST'");
        assertThatThrownBy(() -> Parser.parse(spec, two, "a")).hasMessage("Missing required parameter: 'DEST'");
        assertThatThrownBy(() -> Parser.parse(spec, two, "a", "b"))
                .hasMessage("Missing required option: '--transfer-syntax=TS'");
        assertThat(Parser.parse(spec, two, "a", "b", "--syntax", "rle").helpRequested()).isFalse();
    }

    @Test
    void helpAndVersionSkipTheChecks() {
        Sample s = new Sample();
        ParseResult help = Parser.parse(CommandSpec.root("prog", s), s, "--help");
        assertThat(help.helpRequested()).isTrue();
        ParseResult version = Parser.parse(CommandSpec.root("prog", s), s, "-V");
        assertThat(version.versionRequested()).isTrue();
        assertThat(version.helpRequested()).isFalse();
    }

    @Test
    void usageErrorsNameTheCommandTheyBelongTo() {
        Sample s = new Sample();
        CommandSpec spec = CommandSpec.root("prog", s);
        assertThatThrownBy(() -> Parser.parse(spec, s, "--nope"))
                .isInstanceOfSatisfying(UsageException.class, e -> assertThat(e.spec()).isSameAs(spec));
    }
}
