// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import static org.dicomtools.data.Iso2022CodeElement.ASCII;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character sets named by Specific Character Set (0008,0005) (PS3.3 C.12.1.1.2, PS3.5 6.1), decoding and
 * encoding the values of the VRs they apply to ({@link VR#usesCharacterSet()}: SH, LO, UC, PN, ST, LT, UT).
 *
 * <p>Immutable and thread-safe. Reading is lenient: an unknown or misspelt term never fails, it only adds a
 * {@linkplain #warnings() warning}, and bytes outside the declared sets decode as ISO-8859-1 rather than as
 * replacement characters. Writing is strict: a character the sets cannot hold fails, so that the caller can switch to
 * ISO_IR 192.
 */
public final class SpecificCharacterSet {

    /** How values are decoded: the default repertoire, one charset, or ISO 2022 code extensions. */
    private enum Mode { DEFAULT, PLAIN, ISO_2022 }

    /**
     * A Defined Term: the sets it designates to G0 and G1, or for the multi-byte sets without code extensions
     * (PS3.3 Table C.12-5) a charset name.
     */
    private record Term(String name, boolean codeExtensions, Iso2022CodeElement g0, Iso2022CodeElement g1,
            String charsetName) {
    }

    private static final Map<String, Term> TERMS = new HashMap<>();
    private static final Pattern ISO_IR = Pattern.compile("ISO[ _-]?IR[ _-]?(\\d+)");
    private static final Pattern ISO_2022_IR = Pattern.compile("ISO[ _-]?2022[ _-]?IR[ _-]?(\\d+)");

    static {
        // Not a Defined Term, but common in files for the default repertoire.
        define(new Term("ISO_IR 6", false, ASCII, null, null));
        define(new Term("ISO 2022 IR 6", true, ASCII, null, null));
        // Single-byte sets, without (Table C.12-2) and with (Table C.12-3) code extensions.
        Object[][] singleByte = {
            {100, Iso2022CodeElement.LATIN1}, {101, Iso2022CodeElement.LATIN2}, {109, Iso2022CodeElement.LATIN3},
            {110, Iso2022CodeElement.LATIN4}, {144, Iso2022CodeElement.CYRILLIC}, {127, Iso2022CodeElement.ARABIC},
            {126, Iso2022CodeElement.GREEK}, {138, Iso2022CodeElement.HEBREW}, {148, Iso2022CodeElement.LATIN5},
            {203, Iso2022CodeElement.LATIN9}, {166, Iso2022CodeElement.THAI},
        };
        for (Object[] set : singleByte) {
            Iso2022CodeElement g1 = (Iso2022CodeElement) set[1];
            define(new Term("ISO_IR " + set[0], false, ASCII, g1, null));
            define(new Term("ISO 2022 IR " + set[0], true, ASCII, g1, null));
        }
        define(new Term("ISO_IR 13", false, Iso2022CodeElement.JIS_ROMAN, Iso2022CodeElement.JIS_KATAKANA, null));
        define(new Term("ISO 2022 IR 13", true, Iso2022CodeElement.JIS_ROMAN, Iso2022CodeElement.JIS_KATAKANA, null));
        // Multi-byte sets with code extensions (Table C.12-4).
        define(new Term("ISO 2022 IR 87", true, Iso2022CodeElement.JIS_X0208, null, null));
        define(new Term("ISO 2022 IR 159", true, Iso2022CodeElement.JIS_X0212, null, null));
        define(new Term("ISO 2022 IR 149", true, null, Iso2022CodeElement.KS_X1001, null));
        define(new Term("ISO 2022 IR 58", true, null, Iso2022CodeElement.GB2312, null));
        // Multi-byte sets without code extensions (Table C.12-5).
        define(new Term("ISO_IR 192", false, null, null, "UTF-8"));
        define(new Term("GB18030", false, null, null, "GB18030"));
        define(new Term("GBK", false, null, null, "GBK"));
    }

    private static void define(Term term) {
        TERMS.put(term.name(), term);
    }

    /** The default character repertoire (ISO-IR 6); bytes from 0x80 up are decoded as ISO-8859-1. */
    public static final SpecificCharacterSet DEFAULT = new SpecificCharacterSet(List.of(), Mode.DEFAULT, null,
            null, null, List.of(), List.of());

    private final List<String> terms;
    private final Mode mode;
    private final Charset charset;
    private final Iso2022CodeElement initialG0;
    private final Iso2022CodeElement initialG1;
    private final List<Iso2022CodeElement> elements;
    private final List<String> warnings;

    private SpecificCharacterSet(List<String> terms, Mode mode, Charset charset, Iso2022CodeElement initialG0,
            Iso2022CodeElement initialG1, List<Iso2022CodeElement> elements, List<String> warnings) {
        this.terms = List.copyOf(terms);
        this.mode = mode;
        this.charset = charset;
        this.initialG0 = initialG0;
        this.initialG1 = initialG1;
        this.elements = List.copyOf(elements);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * The character sets named by the values of Specific Character Set (0008,0005). An empty first value stands for
     * the default repertoire (ISO 2022 IR 6) when there are more values (PS3.3 C.12.1.1.2). Values are trimmed;
     * {@code null} or no values give {@link #DEFAULT}.
     */
    public static SpecificCharacterSet of(List<String> terms) {
        if (terms == null || terms.stream().allMatch(t -> t == null || t.isBlank())) {
            return DEFAULT;
        }
        List<String> names = terms.stream().map(t -> t == null ? "" : t.strip()).toList();
        List<String> warnings = new ArrayList<>();
        if (names.size() == 1) {
            return single(names, warnings);
        }
        List<Term> known = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Term term = i == 0 && name.isEmpty() ? TERMS.get("ISO 2022 IR 6") : lookUp(name, warnings);
            if (term == null) {
                warnings.add("unknown Specific Character Set term '" + name + "', ignored");
            } else if (term.charsetName() != null) {
                // PS3.3 C.12.1.1.2: these sets cannot be used with code extensions.
                warnings.add("'" + name + "' cannot be combined with other terms; using it alone");
                return plain(names, term, warnings);
            } else {
                if (!term.codeExtensions()) {
                    warnings.add("'" + name + "' used with code extensions; read as '"
                            + term.name().replace("ISO_IR", "ISO 2022 IR") + "'");
                }
                known.add(term);
            }
        }
        if (known.stream().allMatch(t -> t.g0() == ASCII && t.g1() == null)) {
            return new SpecificCharacterSet(names, Mode.DEFAULT, null, null, null, List.of(), warnings);
        }
        return iso2022(names, known, warnings);
    }

    private static SpecificCharacterSet single(List<String> names, List<String> warnings) {
        Term term = lookUp(names.get(0), warnings);
        if (term == null) {
            warnings.add("unknown Specific Character Set term '" + names.get(0) + "', decoding as ISO-8859-1");
            return new SpecificCharacterSet(names, Mode.DEFAULT, null, null, null, List.of(), warnings);
        }
        if (term.charsetName() != null) {
            return plain(names, term, warnings);
        }
        if (term.g0() == ASCII && term.g1() == null) {
            return new SpecificCharacterSet(names, Mode.DEFAULT, null, null, null, List.of(), warnings);
        }
        if (!term.codeExtensions() && term.g0() == ASCII && term.g1().available()) {
            return new SpecificCharacterSet(names, Mode.PLAIN, term.g1().charset, null, null, List.of(), warnings);
        }
        return iso2022(names, List.of(term), warnings);
    }

    private static SpecificCharacterSet plain(List<String> names, Term term, List<String> warnings) {
        Charset cs = Iso2022CodeElement.lookUp(term.charsetName());
        if (cs == null) {
            warnings.add("this JDK has no charset " + term.charsetName() + " for '" + term.name()
                    + "', decoding as ISO-8859-1");
            return new SpecificCharacterSet(names, Mode.DEFAULT, null, null, null, List.of(), warnings);
        }
        return new SpecificCharacterSet(names, Mode.PLAIN, cs, null, null, List.of(), warnings);
    }

    private static SpecificCharacterSet iso2022(List<String> names, List<Term> known, List<String> warnings) {
        Term first = known.get(0);
        // Value 1 gives the sets active at the start of each value; a double-byte G0 set cannot be one of them,
        // as the delimiters must be readable.
        Iso2022CodeElement g0 = first.g0() != null && first.g0().width == 1 ? first.g0() : ASCII;
        Iso2022CodeElement g1 = first.g1();
        List<Iso2022CodeElement> elements = new ArrayList<>();
        elements.add(g0);
        if (g1 != null) {
            elements.add(g1);
        }
        for (Term term : known) {
            for (Iso2022CodeElement e : new Iso2022CodeElement[] {term.g0(), term.g1()}) {
                if (e == null || elements.contains(e)) {
                    continue;
                }
                elements.add(e);
            }
            for (Iso2022CodeElement e : new Iso2022CodeElement[] {term.g0(), term.g1()}) {
                if (e != null && !e.available()) {
                    warnings.add("this JDK has no charset " + e.charsetName + " for '" + term.name()
                            + "', decoding its bytes as ISO-8859-1");
                }
            }
        }
        return new SpecificCharacterSet(names, Mode.ISO_2022, null, g0, g1, elements, warnings);
    }

    /** The Defined Term, also under a common misspelling such as "ISO-IR 100" (with a warning). */
    private static Term lookUp(String name, List<String> warnings) {
        Term term = TERMS.get(name);
        if (term != null) {
            return term;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        Matcher iso2022 = ISO_2022_IR.matcher(upper);
        Matcher isoIr = ISO_IR.matcher(upper);
        String respelt = iso2022.matches() ? "ISO 2022 IR " + iso2022.group(1)
                : isoIr.matches() ? "ISO_IR " + isoIr.group(1)
                : upper.equals("UTF-8") || upper.equals("UTF8") ? "ISO_IR 192"
                : upper.replace("-", "");
        term = TERMS.get(respelt);
        if (term != null) {
            warnings.add("non-standard Specific Character Set term '" + name + "' read as '" + respelt + "'");
        }
        return term;
    }

    /** The values of (0008,0005) this set was made from, trimmed; empty for {@link #DEFAULT}. */
    public List<String> terms() {
        return terms;
    }

    /** Problems found in the terms: unknown or misspelt terms, charsets missing from this JDK. */
    public List<String> warnings() {
        return warnings;
    }

    /** Whether values are decoded with the default repertoire (also after falling back from unknown terms). */
    public boolean isDefault() {
        return mode == Mode.DEFAULT;
    }

    /** Decodes a whole byte array; see {@link #decode(byte[], int, int, VR)}. */
    public String decode(byte[] bytes, VR vr) {
        return decode(bytes, 0, bytes.length, vr);
    }

    /**
     * Decodes one element value (all its values, with their delimiters). VRs that do not use the character set are
     * decoded with the default repertoire (PS3.5 6.1.2.3). Padding is not removed.
     */
    public String decode(byte[] bytes, int offset, int length, VR vr) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (mode == Mode.DEFAULT || !vr.usesCharacterSet()) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        if (mode == Mode.PLAIN) {
            return new String(bytes, offset, length, charset);
        }
        return Iso2022Decoder.decode(bytes, offset, offset + length, vr, initialG0, initialG1);
    }

    /**
     * Encodes one element value (all its values, with their delimiters), without padding.
     *
     * @throws IllegalArgumentException naming the first character the sets cannot represent
     */
    public byte[] encode(String value, VR vr) {
        Objects.requireNonNull(value, "value");
        if (mode == Mode.DEFAULT || !vr.usesCharacterSet()) {
            return Iso2022Encoder.encodeStrict(StandardCharsets.US_ASCII, value,
                    "the default character repertoire (ISO-IR 6)");
        }
        if (mode == Mode.PLAIN) {
            return Iso2022Encoder.encodeStrict(charset, value, String.join("\\", terms));
        }
        return Iso2022Encoder.encode(value, vr, initialG0, initialG1, elements, String.join("\\", terms));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpecificCharacterSet other && terms.equals(other.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    /** For example {@code SpecificCharacterSet[\ISO 2022 IR 87]}, or {@code SpecificCharacterSet[default]}. */
    @Override
    public String toString() {
        return "SpecificCharacterSet[" + (terms.isEmpty() ? "default" : String.join("\\", terms)) + "]";
    }
}
