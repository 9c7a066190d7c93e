// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli.args;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Parses a command line against a command's spec in one pass, calling each option's setter as it is met and
 * descending into a sub-command when one is named. Accepted: {@code --name=value}, {@code --name value},
 * {@code -o value}, {@code -ovalue}, {@code -o=value}, clustered short flags ({@code -rv}, {@code -rj4}), {@code --}
 * (everything after it is a positional parameter), and a value starting with {@code -} (such as {@code -40}) unless
 * it is itself one of the command's options. Problems are {@link UsageException}s worded as picocli worded them.
 */
public final class Parser {
    private final String[] args;
    private CommandSpec spec;
    private Command command;
    private int positional;
    private final Map<ArgSpec, Integer> given = new IdentityHashMap<>();
    /** Arguments nothing took: index in {@link #args}, and whether each looked like an option. */
    private final List<Integer> unmatched = new ArrayList<>();
    private final List<Boolean> unknownOption = new ArrayList<>();
    private boolean help;
    private boolean version;

    private Parser(CommandSpec root, Command rootCommand, String[] args) {
        this.args = args;
        this.spec = root;
        this.command = rootCommand;
    }

    /** Parses {@code args} for {@code command}, whose spec is {@code root}; throws {@link UsageException}. */
    public static ParseResult parse(CommandSpec root, Command command, String... args) {
        Parser p = new Parser(root, command, args);
        p.applyDefaults();
        p.run();
        return new ParseResult(p.spec, p.command, p.help, p.version);
    }

    private void run() {
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!optionsEnded && a.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && a.startsWith("--")) {
                i = longOption(i);
            } else if (!optionsEnded && a.startsWith("-") && a.length() > 1 && !isNumber(a)) {
                i = shortOptions(i);
            } else {
                operand(i, optionsEnded);
            }
        }
        if (help || version) {
            return;
        }
        check();
    }

    /** {@code --name}, {@code --name=value} or {@code --name value}; returns the last index used. */
    private int longOption(int i) {
        String a = args[i];
        int eq = a.indexOf('=');
        ArgSpec opt = spec.find(eq < 0 ? a : a.substring(0, eq));
        if (opt == null) {
            unmatched(i, true);
            return i;
        }
        return eq < 0 ? take(opt, i, null) : take(opt, i, a.substring(eq + 1));
    }

    /** {@code -o}, {@code -ovalue}, {@code -o=value}, {@code -rv}; returns the last index used. */
    private int shortOptions(int i) {
        String a = args[i];
        ArgSpec exact = spec.find(a);
        if (exact != null) {
            return take(exact, i, null);
        }
        for (int at = 1; at < a.length(); at++) {
            ArgSpec opt = spec.find("-" + a.charAt(at));
            if (opt == null) {
                unmatched(i, true);
                return i;
            }
            String rest = a.substring(at + 1);
            if (opt.kind() != ArgSpec.Kind.VALUE) {
                if (rest.startsWith("=")) {
                    return take(opt, i, rest.substring(1));
                }
                take(opt, i, rest.isEmpty() ? null : "");
                if (rest.isEmpty()) {
                    return i;
                }
                continue;
            }
            return take(opt, i, rest.isEmpty() ? null : rest.startsWith("=") ? rest.substring(1) : rest);
        }
        return i;
    }

    /**
     * Applies {@code opt}, whose value is {@code attached} or (when null and it takes one) the next argument; an
     * empty {@code attached} on a flag means "clustered, no value". Returns the last index used.
     */
    private int take(ArgSpec opt, int i, String attached) {
        String name = opt.longestName();
        switch (opt.kind()) {
            case HELP -> help = true;
            case VERSION -> version = true;
            case FLAG -> {
                count(opt, "option '" + name + "' should be specified only once");
                if (attached == null || attached.isEmpty() || attached.equalsIgnoreCase("true")) {
                    opt.runFlag();
                } else if (!attached.equalsIgnoreCase("false")) {
                    throw new UsageException(spec, "Invalid value for option '" + name + "': '" + attached
                            + "' is not a boolean");
                }
            }
            case VALUE -> {
                String value = attached;
                int last = i;
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException(spec, "Missing required parameter for option '" + name + "' ("
                                + opt.label() + ")");
                    }
                    value = args[i + 1];
                    if (isOptionName(value)) {
                        throw new UsageException(spec, "Expected parameter for option '" + name + "' but found '"
                                + value + "'");
                    }
                    last = i + 1;
                }
                count(opt, "option '" + name + "' (" + opt.label() + ") should be specified only once");
                set(opt, value, "option '" + name + "'");
                return last;
            }
            default -> throw new IllegalStateException(opt.kind().toString());
        }
        return i;
    }

    private void count(ArgSpec opt, String twice) {
        int n = given.merge(opt, 1, Integer::sum);
        if (n > 1 && !opt.isRepeatable()) {
            throw new UsageException(spec, twice);
        }
    }

    /** A positional parameter or the name of a sub-command. */
    private void operand(int i, boolean optionsEnded) {
        String a = args[i];
        Supplier<? extends Command> sub = optionsEnded || positional > 0 ? null : spec.subcommands().get(a);
        if (sub != null && spec.positionals().isEmpty()) {
            Command child = sub.get();
            spec = spec.child(a, child);
            command = child;
            positional = 0;
            applyDefaults();
            return;
        }
        List<ArgSpec> params = spec.positionals();
        if (positional >= params.size()) {
            unmatched(i, false);
            return;
        }
        ArgSpec p = params.get(positional);
        given.merge(p, 1, Integer::sum);
        set(p, a, "positional parameter at index " + positional + " (" + p.label() + ")");
        if (!p.isRepeatable()) {
            positional++;
        }
    }

    private void set(ArgSpec arg, String value, String what) {
        try {
            arg.accept(value);
        } catch (ArgSpec.Invalid e) {
            throw new UsageException(spec, "Invalid value for " + what + ": " + e.explain(value));
        }
    }

    private void unmatched(int i, boolean looksLikeOption) {
        unmatched.add(i);
        unknownOption.add(looksLikeOption);
    }

    /** After the last argument: unknown options, arguments left over, then what is missing. */
    private void check() {
        int firstUnknown = unknownOption.indexOf(Boolean.TRUE);
        if (firstUnknown >= 0) {
            // As picocli did: an unknown option takes the unmatched words after it, being possibly its values.
            List<String> words = new ArrayList<>();
            for (int k = 0; k < unmatched.size(); k++) {
                if (unknownOption.get(k) || (k > firstUnknown && unmatched.get(k) == unmatched.get(k - 1) + 1)) {
                    words.add(args[unmatched.get(k)]);
                }
            }
            throw new UsageException(spec, "Unknown option" + (words.size() > 1 ? "s" : "") + ": " + quoted(words));
        }
        if (!unmatched.isEmpty()) {
            List<String> words = new ArrayList<>();
            for (int index : unmatched) {
                words.add(args[index]);
            }
            throw new UsageException(spec, (words.size() == 1 ? "Unmatched argument at index " : "Unmatched arguments "
                    + "from index ") + unmatched.get(0) + ": " + quoted(words));
        }
        List<String> missing = new ArrayList<>();
        for (ArgSpec p : spec.positionals()) {
            if (p.isRequired() && !given.containsKey(p)) {
                missing.add(p.label());
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException(spec, "Missing required parameter" + (missing.size() > 1 ? "s" : "") + ": "
                    + quoted(missing));
        }
        for (ArgSpec o : spec.allOptions()) {
            if (o.isRequired() && !given.containsKey(o)) {
                missing.add(o.longestName() + (o.kind() == ArgSpec.Kind.VALUE ? "=" + o.label() : ""));
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException(spec, "Missing required option" + (missing.size() > 1 ? "s" : "") + ": "
                    + quoted(missing));
        }
    }

    /** Defaults go through the setters before any argument, so a given value overrides them. */
    private void applyDefaults() {
        for (ArgSpec o : spec.ownOptions()) {
            applyDefault(o);
        }
        for (ArgSpec p : spec.positionals()) {
            applyDefault(p);
        }
    }

    private void applyDefault(ArgSpec arg) {
        if (arg.defaultValue() != null) {
            if (arg.kind() != ArgSpec.Kind.VALUE || arg.isRepeatable()) {
                throw new IllegalStateException(arg + ": a default is for a single value");
            }
            arg.accept(arg.defaultValue());
        }
    }

    /** Whether a word would be taken as one of the command's options rather than as a value. */
    private boolean isOptionName(String word) {
        if (!word.startsWith("-") || word.length() < 2) {
            return false;
        }
        int eq = word.indexOf('=');
        return spec.find(eq < 0 ? word : word.substring(0, eq)) != null;
    }

    /** A negative number is a value, never an option. */
    private static boolean isNumber(String word) {
        try {
            Double.parseDouble(word);
            return !word.toLowerCase(Locale.ROOT).contains("n"); // not NaN or Infinity spelled as a word
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String quoted(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(b.length() == 0 ? "" : ", ").append('\'').append(w).append('\'');
        }
        return b.toString();
    }
}
