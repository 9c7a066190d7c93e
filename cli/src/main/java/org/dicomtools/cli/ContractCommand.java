// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dicomtools.cli.args.Command;
import org.dicomtools.cli.args.CommandSpec;

/**
 * Runs one request envelope of the contract (SPEC §10) and prints the response envelope. The request is turned into
 * one of our command lines ({@link ContractOps}) and run in this process with its output captured, so the contract
 * answers exactly what the command would.
 */
final class ContractCommand implements Command {
    Path request;
    String op;
    String input;
    String output;
    String options;

    @Override
    public void define(CommandSpec spec) {
        spec.description("Run one JSON request envelope {\"op\", \"input\", \"output\", \"options\"} and print the "
                        + "response envelope {ok, returncode, stdout, stderr, output_files, metadata, backend, "
                        + "operation}.",
                "The request is read from --request F, from --op/--input/--output/--options, or from standard input.");
        spec.option("--request", "--request-file").label("F").help("Request file (JSON).").path(v -> request = v);
        spec.option("--op").help("Operation, instead of a request document.").string(v -> op = v);
        spec.option("--input").help("Input path (with --op).").string(v -> input = v);
        spec.option("--output").help("Output path (with --op).").string(v -> output = v);
        spec.option("--options").label("JSON").help("Options object (with --op).").string(v -> options = v);
    }

    @Override
    public Integer call() {
        ContractResponse response;
        String opName = op;
        try {
            ContractRequest req = read();
            opName = req.op();
            response = run(req);
        } catch (ContractRequest.Invalid e) {
            response = ContractResponse.invalid(opName, e.getMessage());
        }
        Json.print(response.asMap());
        return response.ok() ? ExitCodes.OK : response.returncode() == 0 ? ExitCodes.USAGE : response.returncode();
    }

    private ContractRequest read() throws ContractRequest.Invalid {
        if (op != null) {
            if (request != null) {
                throw new ContractRequest.Invalid("give --request or --op, not both");
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("op", op);
            doc.put("input", input);
            doc.put("output", output);
            if (options != null) {
                doc.put("options", ContractRequest.readJson(
                        new ByteArrayInputStream(options.getBytes(StandardCharsets.UTF_8)), "--options"));
            }
            return ContractRequest.of(doc);
        }
        if (request != null) {
            try (InputStream in = Files.newInputStream(request)) {
                return ContractRequest.parse(in);
            } catch (NoSuchFileException e) {
                throw new ContractRequest.Invalid("cannot read request " + request + ": no such file");
            } catch (IOException e) {
                throw new ContractRequest.Invalid("cannot read request " + request + ": " + e.getMessage());
            }
        }
        if (System.console() != null) {
            throw new ContractRequest.Invalid("no request: give --request F, --op ..., or pipe a request on stdin");
        }
        return ContractRequest.parse(System.in);
    }

    /** Runs the request's command in this process, capturing what it prints. */
    static ContractResponse run(ContractRequest req) throws ContractRequest.Invalid {
        List<String> argv = ContractOps.argv(req);
        if (Main.verbose) {
            argv.add(0, "--verbose");
        }
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        boolean verbose = Main.verbose;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(argv.toArray(String[]::new));
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
            Main.verbose = verbose;
        }
        String stdout = out.toString(StandardCharsets.UTF_8).strip();
        Json.RawJson metadata = Json.RawJson.parseOrNull(stdout);
        return new ContractResponse(code == 0, code, stdout, err.toString(StandardCharsets.UTF_8).strip(),
                outputFiles(req, code, metadata), metadata, req.op());
    }

    /**
     * The files the op wrote: what its JSON result names ({@code output}, {@code outputs}), else the request's output
     * when it now exists. Nothing for a failed run: outputs appear whole or not at all.
     */
    private static List<String> outputFiles(ContractRequest req, int code, Json.RawJson metadata) {
        List<String> files = new ArrayList<>();
        if (metadata != null) {
            try {
                Object doc = Json.read(new ByteArrayInputStream(metadata.text().getBytes(StandardCharsets.UTF_8)));
                if (doc instanceof Map<?, ?> map) {
                    if (map.get("outputs") instanceof List<?> list) {
                        for (Object o : list) {
                            if (o instanceof String path) {
                                files.add(path);
                            } else if (o instanceof Map<?, ?> entry && entry.get("path") instanceof String path) {
                                files.add(path);
                            }
                        }
                    } else if (map.get("output") instanceof String s) {
                        files.add(s);
                    }
                }
            } catch (IOException e) {
                // metadata was checked to be JSON; nothing to add
            }
        }
        if (files.isEmpty() && code == 0 && req.output() != null && ContractOps.writes(req.op())
                && Files.exists(Path.of(req.output()))) {
            files.add(req.output());
        }
        return files;
    }
}
