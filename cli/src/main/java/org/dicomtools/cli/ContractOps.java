// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How each contract op (SPEC §10, the seed's canonical names) becomes a command line of ours: the command, where the
 * request's output goes, the flags always added (usually {@code --json}, so the result can be the response's
 * metadata), and the seed adapters' option keys that differ from our flag names. Any other option key {@code a_b}
 * becomes {@code --a-b}; an option a command does not know is a usage error, reported as the reason.
 */
final class ContractOps {
    /**
     * One op.
     *
     * @param words      the command (and sub-op) words
     * @param outputFlag the flag that takes the request's output ({@link #POSITIONAL}: the second parameter), or
     *                   null when the op only displays
     * @param fixed      flags always given
     * @param aliases    seed option key → our flag
     * @param ignored    seed option keys that mean nothing here (e.g. {@code json}: the contract always asks for it)
     * @param repeated   option keys whose list value gives the flag once per element rather than comma-joined
     */
    record Op(List<String> words, String outputFlag, List<String> fixed, Map<String, String> aliases,
              Set<String> ignored, Set<String> repeated) {
        Op(List<String> words, String outputFlag, List<String> fixed, Map<String, String> aliases, Set<String> ignored) {
            this(words, outputFlag, fixed, aliases, ignored, Set.of());
        }
    }

    /** The request's output is the command's second parameter (e.g. {@code organize SRC DEST}). */
    static final String POSITIONAL = "";
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> DISPLAY_IGNORED = Set.of("json", "pretty", "verbose");
    private static final Map<String, Op> OPS = new TreeMap<>();

    static {
        OPS.put("info", display(List.of("info"), "--json"));
        OPS.put("dump", new Op(List.of("dump"), null, List.of(),
                Map.of("depth", "--max-depth", "max_value_length", "--max-value-len"), Set.of("max_width", "pretty")));
        OPS.put("validate", display(List.of("validate"), "--json"));
        OPS.put("stats", new Op(List.of("stats"), null, List.of("--json"), Map.of(),
                Set.of("json", "pretty", "verbose", "bins")));
        OPS.put("histogram", display(List.of("histogram"), "--json"));
        OPS.put("anonymize", writing(List.of("anonymize"), "--output", Map.of("patient_prefix", "--prefix")));
        OPS.put("to_image", writing(List.of("to-image"), "--output", Map.of()));
        OPS.put("transcode", writing(List.of("transcode"), "--output", Map.of("syntax", "--transfer-syntax")));
        OPS.put("decompress", writing(List.of("decompress"), "--output", Map.of()));
        OPS.put("to_json", writing(List.of("to-json"), "--output", Map.of()));
        OPS.put("from_json", writing(List.of("from-json"), "--output", Map.of("syntax", "--transfer-syntax")));
        OPS.put("split_multiframe", writing(List.of("split-multiframe"), "--output-dir", Map.of()));
        // Beyond the seed's list: the archive commands of this toolkit.
        OPS.put("modify", new Op(List.of("modify"), "--output", List.of("--json"), Map.of(), DISPLAY_IGNORED,
                Set.of("tag", "delete")));
        OPS.put("organize", writing(List.of("organize"), POSITIONAL, Map.of()));
        OPS.put("search", new Op(List.of("search"), null, List.of("--json"), Map.of(), DISPLAY_IGNORED,
                Set.of("tag")));
        Map<String, String> batchAliases = Map.of("syntax", "--transfer-syntax", "patient_prefix", "--prefix");
        // No progress line: the contract's stderr is captured, and a terminal's \r line has no place in it.
        for (String batch : List.of("convert", "anonymize", "transcode", "decompress")) {
            OPS.put("batch_" + batch, new Op(List.of("batch", batch), "--output", List.of("--json", "--progress=never"),
                    batchAliases, DISPLAY_IGNORED));
        }
        for (String batch : List.of("list", "validate", "stats")) {
            OPS.put("batch_" + batch, new Op(List.of("batch", batch), null, List.of("--json", "--progress=never"),
                    batchAliases, DISPLAY_IGNORED));
        }
    }

    private ContractOps() {
    }

    private static Op display(List<String> words, String... fixed) {
        return new Op(words, null, List.of(fixed), Map.of(), DISPLAY_IGNORED);
    }

    private static Op writing(List<String> words, String outputFlag, Map<String, String> aliases) {
        return new Op(words, outputFlag, List.of("--json"), aliases, DISPLAY_IGNORED);
    }

    static Set<String> names() {
        return OPS.keySet();
    }

    /** Whether the op writes files (its request output is an output path). */
    static boolean writes(String op) {
        Op spec = OPS.get(op);
        return spec != null && spec.outputFlag() != null;
    }

    /** The command line for a request. */
    static List<String> argv(ContractRequest request) throws ContractRequest.Invalid {
        Op op = OPS.get(request.op());
        if (op == null) {
            throw new ContractRequest.Invalid("operation not supported: " + request.op() + " (supported: "
                    + String.join(", ", OPS.keySet()) + ")");
        }
        if (request.input() == null || request.input().isBlank()) {
            throw new ContractRequest.Invalid("input is required");
        }
        List<String> argv = new ArrayList<>(op.words());
        argv.add(request.input());
        if (op.outputFlag() != null) {
            String output = request.output();
            if (output == null && request.op().equals("from_json")) {
                output = Cli.sibling(Path.of(request.input()), ".dcm").toString();
            }
            if (output == null && op.outputFlag().equals(POSITIONAL)) {
                throw new ContractRequest.Invalid("output is required for " + request.op());
            }
            if (output != null) {
                argv.add(op.outputFlag().equals(POSITIONAL) ? output : op.outputFlag() + "=" + output);
            }
        }
        if (request.op().equals("transcode") && !request.options().containsKey("syntax")
                && !request.options().containsKey("transfer_syntax")) {
            argv.add("--transfer-syntax=explicit"); // the seed adapters' default
        }
        argv.addAll(op.fixed());
        for (Map.Entry<String, Object> option : request.options().entrySet()) {
            String key = option.getKey();
            if (!KEY.matcher(key).matches()) {
                throw new ContractRequest.Invalid("bad option key '" + key + "'");
            }
            if (op.ignored().contains(key)) {
                continue;
            }
            String flag = op.aliases().getOrDefault(key, "--" + key.replace('_', '-'));
            Object value = option.getValue();
            if (value == null || Boolean.FALSE.equals(value)) {
                continue;
            }
            if (Boolean.TRUE.equals(value)) {
                argv.add(flag);
            } else if (value instanceof List<?> list && op.repeated().contains(key)) {
                for (Object element : list) {
                    argv.add(flag + "=" + text(key, element));
                }
            } else {
                // --flag=value, so that a value such as -40 is never read as an option.
                argv.add(flag + "=" + text(key, value));
            }
        }
        return argv;
    }

    private static String text(String key, Object value) throws ContractRequest.Invalid {
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                if (o instanceof List || o instanceof Map || o == null) {
                    throw new ContractRequest.Invalid("option " + key + " must hold plain values");
                }
                parts.add(text(key, o));
            }
            return String.join(",", parts);
        }
        if (value instanceof Map) {
            throw new ContractRequest.Invalid("option " + key + " must be a plain value or a list");
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return value.toString();
    }
}
