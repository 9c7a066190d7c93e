// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli.args;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The usage text of a command, laid out as picocli laid it out: a usage line, the description, the parameters and
 * options in an aligned table (options sorted by name) with descriptions wrapped to 80 columns, and the sub-commands
 * with the first paragraph of their descriptions.
 */
final class Help {
    static final int WIDTH = 80;
    /** Names wider than this put their description on the next line instead of widening the column. */
    private static final int MAX_NAMES = 26;

    private Help() {
    }

    static String of(CommandSpec spec) {
        StringBuilder out = new StringBuilder();
        out.append(synopsis(spec)).append('\n');
        for (String paragraph : spec.descriptionLines()) {
            for (String line : wrap(paragraph, WIDTH, 0)) {
                out.append(line).append('\n');
            }
        }
        List<String[]> rows = new ArrayList<>();
        for (ArgSpec p : spec.positionals()) {
            if (!p.isHidden()) {
                rows.add(new String[] {"    " + p.label(), p.helpText()});
            }
        }
        List<ArgSpec> options = new ArrayList<>(spec.allOptions());
        options.removeIf(ArgSpec::isHidden);
        options.sort(Comparator.comparing((ArgSpec o) -> o.sortKey().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(o -> o.sortKey(), Comparator.reverseOrder()));
        for (ArgSpec o : options) {
            rows.add(new String[] {names(o), o.helpText()});
        }
        table(out, rows, 2, MAX_NAMES);
        if (!spec.subcommands().isEmpty()) {
            out.append("Commands:\n");
            List<String[]> commands = new ArrayList<>();
            for (Map.Entry<String, Supplier<? extends Command>> sub : spec.subcommands().entrySet()) {
                List<String> description = spec.child(sub.getKey(), sub.getValue().get()).descriptionLines();
                commands.add(new String[] {sub.getKey(), description.isEmpty() ? "" : description.get(0)});
            }
            table(out, commands, 2, Integer.MAX_VALUE);
        }
        return out.toString();
    }

    /** {@code Usage: dicom-tools to-image [OPTIONS] FILE}. */
    private static String synopsis(CommandSpec spec) {
        StringBuilder b = new StringBuilder("Usage: ").append(spec.qualifiedName()).append(" [OPTIONS]");
        for (ArgSpec p : spec.positionals()) {
            String shown = p.label() + (p.isRepeatable() ? "..." : "");
            b.append(' ').append(p.isRequired() ? shown : "[" + shown + "]");
        }
        if (!spec.subcommands().isEmpty()) {
            b.append(" [COMMAND]");
        }
        return b.toString();
    }

    /** {@code -o, --output=F|DIR}, or four spaces where there is no one-letter name. */
    private static String names(ArgSpec o) {
        List<String> shorts = new ArrayList<>();
        List<String> longs = new ArrayList<>();
        for (String n : o.names()) {
            (n.length() == 2 ? shorts : longs).add(n);
        }
        List<String> all = new ArrayList<>(shorts);
        all.addAll(longs);
        String text = String.join(", ", all);
        if (o.kind() == ArgSpec.Kind.VALUE) {
            text += "=" + o.label() + (o.split() != null ? "[" + o.split() + o.label() + "...]" : "");
        }
        return shorts.isEmpty() ? "    " + text : text;
    }

    /** Rows of (names, description): descriptions in one column, wrapped, continuation lines indented by two. */
    private static void table(StringBuilder out, List<String[]> rows, int indent, int maxNames) {
        int column = 0;
        for (String[] row : rows) {
            if (row[0].length() <= maxNames) {
                column = Math.max(column, row[0].length());
            }
        }
        String pad = " ".repeat(indent);
        int start = indent + column + 2;
        for (String[] row : rows) {
            out.append(pad).append(row[0]);
            List<String> lines = wrap(row[1], WIDTH - start, 2);
            if (row[0].length() > column) {
                out.append('\n');
                if (lines.isEmpty()) {
                    continue;
                }
                out.append(" ".repeat(start));
            } else {
                out.append(" ".repeat(start - indent - row[0].length()));
            }
            for (int k = 0; k < lines.size(); k++) {
                out.append(k == 0 ? "" : " ".repeat(start + 2)).append(k == 0 ? lines.get(k) : lines.get(k).strip())
                        .append('\n');
            }
            if (lines.isEmpty()) {
                out.append('\n');
            }
        }
    }

    /** Greedy word wrap to {@code width} columns, continuation lines {@code narrower} (for their indent). */
    static List<String> wrap(String text, int width, int narrower) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int limit = width;
        for (String word : text.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > limit) {
                lines.add(line.toString());
                line.setLength(0);
                limit = width - narrower;
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
