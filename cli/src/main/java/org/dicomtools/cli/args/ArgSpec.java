// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli.args;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

/**
 * One option or positional parameter of a command, declared fluently: what it is called, how it is shown in help,
 * and, last, the typed setter that stores its value ({@link #flag}, {@link #string}, {@link #path},
 * {@link #intValue}, {@link #doubleValue}, {@link #choice}). A positional parameter has no names, only a label.
 */
public final class ArgSpec {
    /** What the parser does with the argument (help and version are handled by the parser itself). */
    enum Kind { FLAG, VALUE, HELP, VERSION }

    private final List<String> names;
    private String label;
    private String help = "";
    private String defaultValue;
    private boolean required;
    private boolean hidden;
    private boolean repeatable;
    private boolean inherited;
    private String split;
    private Kind kind;
    private Runnable onFlag;
    private Consumer<String> onValue;

    ArgSpec(List<String> names, String label, boolean required) {
        this.names = List.copyOf(names);
        this.label = label;
        this.required = required;
    }

    /** The label of the value in help and messages (default {@code <name>} from the longest name). */
    public ArgSpec label(String text) {
        this.label = text;
        return this;
    }

    /** The help text; {@code ${DEFAULT-VALUE}} in it is replaced by the default. */
    public ArgSpec help(String text) {
        this.help = text;
        return this;
    }

    /** A value set before parsing (through the setter, like a given value) and shown in help. */
    public ArgSpec defaultValue(String value) {
        this.defaultValue = value;
        return this;
    }

    /** The option must be given (positional parameters are required unless {@link #optional()}). */
    public ArgSpec required() {
        this.required = true;
        return this;
    }

    /** A positional parameter that may be left out. */
    public ArgSpec optional() {
        this.required = false;
        return this;
    }

    /** Not listed in help. */
    public ArgSpec hidden() {
        this.hidden = true;
        return this;
    }

    /**
     * The option may be given more than once, the setter called for each value (otherwise a second one is a usage
     * error, as picocli had it); a repeatable positional parameter takes all the remaining ones.
     */
    public ArgSpec repeatable() {
        this.repeatable = true;
        return this;
    }

    /** Each value is split on this literal text and the setter called for each part; implies repeatable. */
    public ArgSpec split(String separator) {
        this.split = separator;
        this.repeatable = true;
        return this;
    }

    /** Also accepted by every sub-command of the command that declares it (like the global {@code --verbose}). */
    public ArgSpec inherited() {
        this.inherited = true;
        return this;
    }

    /** An option without a value: {@code action} runs when it is given. */
    public void flag(Runnable action) {
        this.kind = Kind.FLAG;
        this.onFlag = action;
    }

    /** A text value. */
    public void string(Consumer<String> setter) {
        value(setter);
    }

    /** A file or folder path. */
    public void path(Consumer<Path> setter) {
        value(text -> {
            try {
                setter.accept(Path.of(text));
            } catch (InvalidPathException e) {
                throw new Invalid("is not a path");
            }
        });
    }

    /** A 32-bit integer, in decimal. */
    public void intValue(IntConsumer setter) {
        value(text -> {
            int v;
            try {
                v = Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new Invalid("is not an int");
            }
            setter.accept(v);
        });
    }

    /** A floating-point number. */
    public void doubleValue(DoubleConsumer setter) {
        value(text -> {
            double v;
            try {
                v = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw new Invalid("is not a double");
            }
            setter.accept(v);
        });
    }

    /** One of an enum's constants, named in any case. */
    public <E extends Enum<E>> void choice(Class<E> type, Consumer<E> setter) {
        value(text -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text.trim())) {
                    setter.accept(constant);
                    return;
                }
            }
            throw new Invalid("expected one of " + Arrays.toString(type.getEnumConstants())
                    + " (case-insensitive) but was '" + text + "'", true);
        });
    }

    void standard(Kind standardKind, String text) {
        this.kind = standardKind;
        this.help = text;
    }

    private void value(Consumer<String> setter) {
        this.kind = Kind.VALUE;
        this.onValue = setter;
    }

    /** Stores one value as given on the command line (split if asked). */
    void accept(String text) {
        if (split == null) {
            onValue.accept(text);
            return;
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(split, from);
            onValue.accept(at < 0 ? text.substring(from) : text.substring(from, at));
            if (at < 0) {
                return;
            }
            from = at + split.length();
        }
    }

    void runFlag() {
        onFlag.run();
    }

    List<String> names() {
        return names;
    }

    boolean isOption() {
        return !names.isEmpty();
    }

    /** The longest name, as picocli's messages name an option. */
    String longestName() {
        String longest = names.get(0);
        for (String n : names) {
            if (n.length() > longest.length()) {
                longest = n;
            }
        }
        return longest;
    }

    /** The shortest name without its dashes: help lists options in this order. */
    String sortKey() {
        String shortest = names.get(0);
        for (String n : names) {
            if (n.length() < shortest.length()) {
                shortest = n;
            }
        }
        return shortest.replaceFirst("^-+", "");
    }

    String label() {
        if (label != null) {
            return label;
        }
        String bare = longestName().replaceFirst("^-+", "");
        StringBuilder camel = new StringBuilder("<");
        boolean upper = false;
        for (char c : bare.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.append('>').toString();
    }

    /** The help text with the default filled in. */
    String helpText() {
        return defaultValue == null ? help : help.replace("${DEFAULT-VALUE}", defaultValue);
    }

    String defaultValue() {
        return defaultValue;
    }

    boolean isRequired() {
        return required;
    }

    boolean isHidden() {
        return hidden;
    }

    boolean isRepeatable() {
        return repeatable;
    }

    boolean isInherited() {
        return inherited;
    }

    String split() {
        return split;
    }

    Kind kind() {
        if (kind == null) {
            throw new IllegalStateException((isOption() ? longestName() : label) + " has no setter");
        }
        return kind;
    }

    /** A value that does not convert; the parser adds which option it was for. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean whole;

        Invalid(String problem) {
            this(problem, false);
        }

        /** {@code whole}: the problem is the whole explanation, not a suffix to the quoted value. */
        Invalid(String problem, boolean whole) {
            super(problem, null, false, false);
            this.whole = whole;
        }

        String explain(String value) {
            return whole ? getMessage() : "'" + value + "' " + getMessage();
        }
    }

    @Override
    public String toString() {
        return isOption() ? String.join(", ", names) : label;
    }

    static List<String> namesOf(String... names) {
        List<String> list = new ArrayList<>(names.length);
        for (String n : names) {
            if (!n.startsWith("-") || n.length() < 2) {
                throw new IllegalArgumentException("an option name starts with '-': " + n);
            }
            list.add(n);
        }
        return list;
    }
}
