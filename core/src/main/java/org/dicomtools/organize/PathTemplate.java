// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.DictionaryEntry;
import org.dicomtools.dict.ElementDictionary;
import org.dicomtools.error.InvalidValueException;

/**
 * A destination path built from a file's attributes, such as
 * {@code {PatientID}/{StudyDate}_{StudyDescription}/{SeriesNumber:03}_{Modality}/{InstanceNumber:04}.dcm}.
 *
 * <p>Syntax: {@code /} separates folder levels (the last level is the file name); text outside braces is literal;
 * a placeholder is {@code {NAME[:0W][|FALLBACK]}} where NAME is
 * <ul>
 *   <li>a PS3.6 keyword ({@code PatientName}) or a tag ({@code (0010,0020)} or {@code 00100020}), looked up in the
 *       top-level data set, or in the file meta group for group 0002. Several values are joined with {@code _};
 *   <li>{@code ext} (the source file's extension with its dot, or nothing), {@code basename} (its whole name) or
 *       {@code stem} (its name without the extension).
 * </ul>
 * {@code :0W} zero-pads an integer value to W digits ({@code 7} → {@code 007}); a value that is not an integer is
 * used as is. {@code |FALLBACK} replaces a missing or empty value; without one such a value becomes
 * {@code Unknown}. Every substituted value goes through {@link SafeNames#sanitize(String)}, so a value can never add
 * a folder level or climb out ({@code ../../x} becomes {@code _.._x}), and each assembled level through
 * {@link SafeNames#component(String, boolean)}.
 *
 * <p>Parsing rejects, with {@link InvalidValueException}: an unknown keyword or placeholder, a sequence attribute,
 * a bad {@code :} format, unbalanced braces, an empty level ({@code a//b}, a leading or trailing {@code /}), literal
 * text with a character that is not allowed in names ({@code < > : " \ | ? *}, control characters), a level starting
 * with a literal dot or space or ending with a literal dot or space, and a level of literal text only that is not a
 * safe name ({@code ..}, {@code CON}).
 */
public final class PathTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<name>[^:|]+)(?::(?<format>[^|]*))?(?:\\|(?<fallback>.*))?");
    private static final Pattern WIDTH = Pattern.compile("0([1-9][0-9]?)");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    private final String text;
    private final List<List<Part>> levels;

    /** One piece of a level. */
    private sealed interface Part permits Literal, Attribute, FilePart {
    }

    private record Literal(String text) implements Part {
    }

    /** An attribute value; {@code width} 0 means no padding, {@code fallback} null means {@code Unknown}. */
    private record Attribute(int tag, int width, String fallback) implements Part {
    }

    private enum FileNamePart { EXT, BASENAME, STEM }

    private record FilePart(FileNamePart which) implements Part {
    }

    private PathTemplate(String text, List<List<Part>> levels) {
        this.text = text;
        this.levels = levels;
    }

    /**
     * Parses a template.
     *
     * @throws InvalidValueException when the template is malformed (see the class comment)
     */
    public static PathTemplate parse(String template) {
        if (template == null || template.isEmpty()) {
            throw new InvalidValueException("empty template");
        }
        List<List<Part>> levels = new ArrayList<>();
        for (String level : template.split("/", -1)) {
            if (level.isEmpty()) {
                throw new InvalidValueException("template '" + template
                        + "': empty folder level (a leading, trailing or doubled '/')");
            }
            levels.add(parseLevel(template, level));
        }
        return new PathTemplate(template, List.copyOf(levels));
    }

    private static List<Part> parseLevel(String template, String level) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < level.length()) {
            int open = level.indexOf('{', i);
            int close = level.indexOf('}', i);
            if (close >= 0 && (open < 0 || close < open)) {
                throw bad(template, "'}' without '{'");
            }
            if (open < 0) {
                parts.add(literal(template, level.substring(i)));
                break;
            }
            if (open > i) {
                parts.add(literal(template, level.substring(i, open)));
            }
            if (close < 0) {
                throw bad(template, "'{' without '}'");
            }
            String inside = level.substring(open + 1, close);
            if (inside.indexOf('{') >= 0) {
                throw bad(template, "'{' inside a placeholder");
            }
            parts.add(placeholder(template, inside));
            i = close + 1;
        }
        if (parts.get(0) instanceof Literal first && (first.text().startsWith(".") || first.text().startsWith(" "))) {
            throw bad(template, "a folder or file name may not start with '.' or a space: '" + level + "'");
        }
        if (parts.get(parts.size() - 1) instanceof Literal last
                && (last.text().endsWith(".") || last.text().endsWith(" "))) {
            throw bad(template, "a folder or file name may not end with '.' or a space: '" + level + "'");
        }
        if (parts.size() == 1 && parts.get(0) instanceof Literal only && !SafeNames.isSafe(only.text())) {
            throw bad(template, "'" + level + "' is not a safe name (it would become '"
                    + SafeNames.component(only.text(), false) + "')");
        }
        return parts;
    }

    private static Literal literal(String template, String text) {
        if (!SafeNames.isSafeText(text)) {
            throw bad(template, "literal text '" + text + "' holds a character not allowed in names"
                    + " (< > : \" \\ | ? *, control characters, tabs or repeated spaces); use '/' between folders");
        }
        return new Literal(text);
    }

    private static Part placeholder(String template, String inside) {
        Matcher m = PLACEHOLDER.matcher(inside);
        if (!m.matches()) {
            throw bad(template, "empty placeholder '{" + inside + "}'");
        }
        String name = m.group("name").strip();
        String format = m.group("format");
        String fallback = m.group("fallback");
        int width = 0;
        if (format != null) {
            Matcher w = WIDTH.matcher(format.strip());
            if (!w.matches()) {
                throw bad(template, "format ':" + format + "' of {" + inside
                        + "}: expected ':0W', a zero-padded width of 1 to 99 digits, as in {InstanceNumber:04}");
            }
            width = Integer.parseInt(w.group(1));
        }
        if (fallback != null && !fallback.isEmpty() && !SafeNames.isSafeText(fallback)) {
            throw bad(template, "fallback '" + fallback + "' holds a character not allowed in names");
        }
        switch (name) {
            case "ext", "basename", "stem" -> {
                if (format != null || fallback != null) {
                    throw bad(template, "{" + name + "} takes no format or fallback");
                }
                return new FilePart(FileNamePart.valueOf(name.toUpperCase(java.util.Locale.ROOT)));
            }
            default -> {
                return new Attribute(tagOf(template, name), width, fallback == null || fallback.isEmpty()
                        ? null : fallback);
            }
        }
    }

    private static int tagOf(String template, String name) {
        ElementDictionary dict = ElementDictionary.standard();
        int tag;
        if (name.startsWith("(") || name.matches("[0-9A-Fa-f]{8}")) {
            try {
                tag = Tags.parse(name);
            } catch (IllegalArgumentException e) {
                throw bad(template, "'" + name + "' is not a tag; write (GGGG,EEEE)");
            }
        } else {
            tag = dict.tagOf(name);
            if (tag == -1) {
                throw bad(template, "unknown keyword '" + name + "' (PS3.6 keywords such as PatientName, or a tag "
                        + "(GGGG,EEEE); {ext}, {basename} and {stem} name parts of the source file)");
            }
        }
        DictionaryEntry entry = dict.lookup(tag);
        if (entry != null && entry.vr() == VR.SQ) {
            throw bad(template, Tags.format(tag) + " " + entry.keyword() + " is a sequence and has no value to name"
                    + " a folder");
        }
        return tag;
    }

    private static InvalidValueException bad(String template, String problem) {
        return new InvalidValueException("template '" + template + "': " + problem);
    }

    /**
     * The path for one file, as safe components (folders, then the file name), none of which is empty, {@code .},
     * {@code ..} or holds a separator.
     *
     * @param fileMeta       the file meta group (for group 0002 attributes); may be empty
     * @param dataSet        the data set (a header-only read is enough)
     * @param sourceFileName the source file's name, for {@code {ext}}, {@code {basename}} and {@code {stem}}
     */
    public List<String> render(DataSet fileMeta, DataSet dataSet, String sourceFileName) {
        List<String> out = new ArrayList<>(levels.size());
        for (int l = 0; l < levels.size(); l++) {
            StringBuilder sb = new StringBuilder();
            for (Part p : levels.get(l)) {
                if (p instanceof Literal lit) {
                    sb.append(lit.text());
                } else if (p instanceof Attribute a) {
                    sb.append(attribute(a, Tags.group(a.tag()) == 0x0002 ? fileMeta : dataSet));
                } else if (p instanceof FilePart f) {
                    sb.append(filePart(f.which(), sourceFileName));
                }
            }
            out.add(SafeNames.component(sb.toString(), l == levels.size() - 1));
        }
        return out;
    }

    private static String attribute(Attribute a, DataSet ds) {
        List<String> values = values(ds, a.tag());
        if (values.isEmpty()) {
            return SafeNames.sanitize(a.fallback() == null ? null : pad(a.fallback(), a.width()));
        }
        StringBuilder sb = new StringBuilder();
        for (String v : values) {
            sb.append(sb.length() > 0 ? "_" : "").append(pad(v, a.width()));
        }
        return SafeNames.sanitize(sb.toString());
    }

    /** The non-empty values of an element, trimmed; empty when it is absent, empty, bulk data or a sequence. */
    private static List<String> values(DataSet ds, int tag) {
        Element e = ds == null ? null : ds.get(tag);
        if (e == null || !e.hasBytes() || e.isEmpty()) {
            return List.of();
        }
        String[] raw;
        if (e.vr().isString()) {
            raw = ds.getStrings(tag);
        } else {
            String shown = Values.display(e);
            raw = shown == null ? new String[0] : shown.split("\\\\");
        }
        List<String> out = new ArrayList<>(raw.length);
        for (String v : raw) {
            String s = v.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Zero-pads an integer to {@code width} digits (after a minus sign); anything else is returned as is. */
    private static String pad(String value, int width) {
        if (width == 0 || !INTEGER.matcher(value).matches()) {
            return value;
        }
        BigInteger n = new BigInteger(value.startsWith("+") ? value.substring(1) : value);
        String digits = n.abs().toString();
        String padded = digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
        return n.signum() < 0 ? "-" + padded : padded;
    }

    private static String filePart(FileNamePart which, String fileName) {
        int dot = fileName.lastIndexOf('.');
        boolean hasExt = dot > 0 && dot < fileName.length() - 1;
        return switch (which) {
            case BASENAME -> SafeNames.sanitize(fileName);
            case STEM -> SafeNames.sanitize(hasExt ? fileName.substring(0, dot) : fileName);
            case EXT -> hasExt && !fileName.substring(dot + 1).isBlank()
                    ? "." + SafeNames.component(fileName.substring(dot + 1), false) : "";
        };
    }

    /** The template text, as parsed. */
    @Override
    public String toString() {
        return text;
    }
}
