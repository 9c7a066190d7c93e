// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Entry point: parses the command line, runs one command, maps failures to SPEC §11 exit codes. */
@Command(name = "dicom-tools", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Pure-Java DICOM toolkit: inspect, convert, de-identify and measure DICOM files.")
public final class Main implements Runnable {
    /**
     * The commands in help order. Only the one being run is registered: picocli builds each command's model by
     * reflection, and building all of them would double the start-up time of every run.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

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
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces and read warnings.")
    static boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the program and returns its exit code (used by tests; never calls System.exit). */
    public static int run(String... args) {
        verbose = false;
        CommandLine cl = new CommandLine(new Main());
        String first = firstWord(args);
        if (first != null && COMMANDS.containsKey(first) && !first.equals("help")) {
            cl.addSubcommand(first, COMMANDS.get(first).get());
        } else {
            COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        cl.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cl.setExecutionExceptionHandler(Main::onFailure);
        cl.setParameterExceptionHandler(Main::onUsageError);
        return cl.execute(args);
    }

    /** The first argument that is not a global option: the command's name. */
    private static String firstWord(String[] args) {
        for (String a : args) {
            if (!a.equals("-v") && !a.equals("--verbose")) {
                return a;
            }
        }
        return null;
    }

    private static int onUsageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("dicom-tools: " + e.getMessage());
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
        return ExitCodes.USAGE;
    }

    private static int onFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable cause = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String where = cl.getCommand() instanceof InputCommand ic && ic.input() != null
                ? ic.input().getFileName() + ": " : "dicom-tools: ";
        int code = ExitCodes.of(cause);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (code == ExitCodes.INTERNAL) {
            message = "internal error: " + cause.getClass().getSimpleName() + ": " + message
                    + (verbose ? "" : " (run with --verbose for details)");
        }
        cl.getErr().println(where + message);
        if (verbose) {
            cause.printStackTrace(cl.getErr());
        }
        return code;
    }
}
