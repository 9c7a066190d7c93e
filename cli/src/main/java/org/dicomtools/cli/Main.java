// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;
import org.dicomtools.cli.args.HelpCommand;
import org.dicomtools.cli.args.ParseResult;
import org.dicomtools.cli.args.Parser;
import org.dicomtools.cli.args.UsageException;

/** Entry point: parses the command line, runs one command, maps failures to SPEC §11 exit codes. */
public final class Main implements Command {
    /**
     * The commands in help order. The parser makes only the one being run (and all of them only to list them in
     * help), so a run pays for the declarations of one command.
     */
    private static final Map<String, Supplier<Command>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("info", InfoCommand::new);
        COMMANDS.put("dump", DumpCommand::new);
        COMMANDS.put("to-json", ToJsonCommand::new);
        COMMANDS.put("from-json", FromJsonCommand::new);
        COMMANDS.put("to-image", ToImageCommand::new);
        COMMANDS.put("stats", StatsCommand::new);
        COMMANDS.put("histogram", HistogramCommand::new);
        COMMANDS.put("anonymize", AnonymizeCommand::new);
        COMMANDS.put("transcode", TranscodeCommand::new);
        COMMANDS.put("decompress", DecompressCommand::new);
        COMMANDS.put("validate", ValidateCommand::new);
        COMMANDS.put("split-multiframe", SplitMultiframeCommand::new);
        COMMANDS.put("modify", ModifyCommand::new);
        COMMANDS.put("search", SearchCommand::new);
        COMMANDS.put("organize", OrganizeCommand::new);
        COMMANDS.put("batch", BatchCommand::new);
        COMMANDS.put("sample", SampleCommand::new);
        COMMANDS.put("contract", ContractCommand::new);
        COMMANDS.put("demo", DemoCommand::new);
        COMMANDS.put("help", HelpCommand::new);
    }

    /** The global {@code -v, --verbose}: stack traces on failure, every read warning. */
    static boolean verbose;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Pure-Java DICOM toolkit: inspect, convert, de-identify and measure DICOM files.");
        spec.version(VersionInfo::lines);
        spec.option("-v", "--verbose").inherited().help("Print stack traces and read warnings.")
                .flag(() -> verbose = true);
        COMMANDS.forEach(spec::subcommand);
    }

    @Override
    public Integer call() {
        throw new UsageException("a command is required");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the program and returns its exit code (used by tests; never calls System.exit). */
    public static int run(String... args) {
        verbose = false;
        Main main = new Main();
        CommandSpec root = CommandSpec.root("dicom-tools", main);
        ParseResult parsed;
        try {
            parsed = Parser.parse(root, main, args);
        } catch (UsageException e) {
            return onUsageError(e, root);
        }
        if (parsed.helpRequested()) {
            System.out.print(parsed.spec().usage());
            System.out.flush();
            return ExitCodes.OK;
        }
        if (parsed.versionRequested()) {
            VersionInfo.lines().forEach(System.out::println);
            return ExitCodes.OK;
        }
        try {
            return parsed.command().call();
        } catch (UsageException e) {
            return onUsageError(e, parsed.spec());
        } catch (Exception e) {
            return onFailure(e, parsed.command());
        }
    }

    private static int onUsageError(UsageException e, CommandSpec running) {
        CommandSpec spec = e.spec() != null ? e.spec() : running;
        System.err.println("dicom-tools: " + e.getMessage());
        System.err.println("Try '" + spec.qualifiedName() + " --help'.");
        return ExitCodes.USAGE;
    }

    private static int onFailure(Exception e, Command command) {
        Throwable cause = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String where = command instanceof InputCommand ic && ic.input() != null
                ? ic.input().getFileName() + ": " : "dicom-tools: ";
        int code = ExitCodes.of(cause);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (code == ExitCodes.INTERNAL) {
            message = "internal error: " + cause.getClass().getSimpleName() + ": " + message
                    + (verbose ? "" : " (run with --verbose for details)");
        }
        System.err.println(where + message);
        if (verbose) {
            cause.printStackTrace();
        }
        return code;
    }
}
