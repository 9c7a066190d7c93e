// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dicomtools.dict.BundledTable;

/**
 * The Basic Application Level Confidentiality Profile and its options: PS3.15 Table E.1-1, read from the generated
 * resource {@code profile.tsv}, with the rules that turn a row and a set of options into one {@link Action}.
 *
 * <p>{@link #entry(int)} finds the row of a tag: an exact row first, then a pattern row, i.e. the repeating groups
 * (50xx,xxxx) Curve Data, (60xx,3000) Overlay Data and (60xx,4000) Overlay Comments (even groups 00-1E only, PS3.5
 * 7.6), then Private Attributes for any tag of an odd group. A tag the table does not list gives {@code null}; what to
 * do with those is the de-identifier's decision (PS3.15 E.1.1 Note 1 warns that the table is not exhaustive).
 *
 * <p>{@link #action(int, Set)} resolves the action of a row:
 * <ol>
 *   <li>Option columns apply only when that option is enabled: "a requirement for an Option, when implemented,
 *       overrides any requirement for the underlying Profile" (PS3.15 E.1.1). An option's K gives {@link Action#KEEP},
 *       its C {@link Action#CLEAN}.
 *   <li>When several enabled options have an entry for the row, KEEP wins over CLEAN: each Retain option of E.3
 *       promises to keep its information, which cleaning would break. In the 2024e table this only decides rows where
 *       Retain Longitudinal Temporal Information with Full Dates (K) meets ... with Modified Dates (C), two options
 *       meant as alternatives, and the eleven calibration, manufacture and installation dates and times where Retain
 *       Device Identity (K) meets Modified Dates (C): those are kept unmodified.
 *   <li>Otherwise the Basic Profile action, see {@link #resolveBasic(String)}.
 * </ol>
 *
 * <p>The standard profile is read once, on first use, and is immutable and thread-safe.
 */
public final class ConfidentialityProfile {

    private static final String RESOURCE = "profile.tsv";
    /** tag, basic, the ten option columns in {@link ProfileOption} order, name. */
    private static final int FIELDS = 13;
    private static final ProfileOption[] COLUMNS = ProfileOption.values();

    private final List<ProfileEntry> entries;
    /** Exact rows by tag: open addressing with linear probing, an empty slot holds null. */
    private final int[] slotTag;
    private final ProfileEntry[] slotEntry;
    private final int hashShift;
    /** The pattern rows, in table order. */
    private final ProfileEntry[] patterns;

    private ConfidentialityProfile(List<ProfileEntry> entries) {
        this.entries = List.copyOf(entries);
        int bits = 4;
        while ((1 << bits) < entries.size() * 3) { // load factor at most 1/3
            bits++;
        }
        slotTag = new int[1 << bits];
        slotEntry = new ProfileEntry[1 << bits];
        hashShift = 32 - bits;
        List<ProfileEntry> pats = new ArrayList<>();
        for (ProfileEntry e : entries) {
            if (e.isPattern()) {
                pats.add(e);
                continue;
            }
            int s = slot(e.tag());
            while (slotEntry[s] != null) {
                if (slotTag[s] == e.tag()) {
                    throw new IllegalArgumentException(String.format("%s: duplicate tag %08X", RESOURCE, e.tag()));
                }
                s = (s + 1) & (slotEntry.length - 1);
            }
            slotTag[s] = e.tag();
            slotEntry[s] = e;
        }
        patterns = pats.toArray(new ProfileEntry[0]);
    }

    /** PS3.15 Table E.1-1 of the edition the resource was generated from, loaded on first call. */
    public static ConfidentialityProfile standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ConfidentialityProfile STANDARD = load();
    }

    private static ConfidentialityProfile load() {
        return parse(BundledTable.read(ConfidentialityProfile.class, RESOURCE));
    }

    /**
     * Reads a {@code profile.tsv} (UTF-8, lines starting with {@code #} are comments; format in
     * {@code tools/dictgen/README.md}). Every field is checked, so a bad file fails here and not at lookup. One pass
     * over the bytes finds the fields; only the basic action and the name become strings.
     */
    static ConfidentialityProfile parse(byte[] b) {
        List<ProfileEntry> list = new ArrayList<>(640);
        // cut[k] is where field k starts; cut[FIELDS] is one past the end of the line, so field k ends at cut[k+1]-1.
        int[] cut = new int[FIELDS + 1];
        int n = b.length;
        int pos = 0;
        int lineNo = 0;
        while (pos < n) {
            lineNo++;
            int start = pos;
            int tabs = 0;
            cut[0] = start;
            int i = start;
            for (; i < n && b[i] != '\n'; i++) {
                if (b[i] == '\t' && ++tabs < FIELDS) {
                    cut[tabs] = i + 1;
                }
            }
            pos = i + 1;
            int end = i > start && b[i - 1] == '\r' ? i - 1 : i;
            if (end == start || b[start] == '#') {
                continue;
            }
            if (tabs != FIELDS - 1) {
                throw bad(lineNo, "expected " + FIELDS + " tab-separated fields");
            }
            cut[FIELDS] = end + 1;
            list.add(entry(b, cut, lineNo));
        }
        return new ConfidentialityProfile(list);
    }

    private static ProfileEntry entry(byte[] b, int[] cut, int lineNo) {
        if (cut[1] - 1 - cut[0] != 8) {
            throw bad(lineNo, "tag pattern must have 8 characters");
        }
        int tag = 0;
        int mask = 0;
        for (int i = cut[0]; i < cut[0] + 8; i++) {
            int c = b[i];
            int d;
            int m = 0xF;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'A' && c <= 'F') {
                d = c - ('A' - 10);
            } else if (c == 'x') {
                d = 0;
                m = 0;
            } else if (c == 'o') {
                d = 1;
                m = 1;
            } else {
                throw bad(lineNo, "bad character '" + (char) c + "' in tag pattern");
            }
            tag = (tag << 4) | d;
            mask = (mask << 4) | m;
        }
        String basic = new String(b, cut[1], cut[2] - 1 - cut[1], StandardCharsets.ISO_8859_1);
        try {
            resolveBasic(basic);
        } catch (IllegalArgumentException e) {
            throw bad(lineNo, e.getMessage());
        }
        Map<ProfileOption, Action> options = null;
        for (int k = 0; k < COLUMNS.length; k++) {
            int s = cut[2 + k];
            int len = cut[3 + k] - 1 - s;
            if (len == 0) {
                continue;
            }
            if (len != 1 || (b[s] != 'K' && b[s] != 'C')) {
                throw bad(lineNo, "option action must be K or C");
            }
            if (options == null) {
                options = new EnumMap<>(ProfileOption.class);
            }
            options.put(COLUMNS[k], b[s] == 'K' ? Action.KEEP : Action.CLEAN);
        }
        String name = new String(b, cut[FIELDS - 1], cut[FIELDS] - 1 - cut[FIELDS - 1], StandardCharsets.UTF_8);
        return new ProfileEntry(tag, mask, name, basic, options);
    }

    private static IllegalArgumentException bad(int lineNo, String message) {
        return new IllegalArgumentException(RESOURCE + " line " + lineNo + ": " + message);
    }

    private int slot(int tag) {
        return (tag * 0x9E3779B9) >>> hashShift;
    }

    /** Every row of the table, sorted by tag (exact rows before patterns of the same base); unmodifiable. */
    public List<ProfileEntry> entries() {
        return entries;
    }

    /** The row covering a tag, or {@code null} when the table does not list it; see the class comment. */
    public ProfileEntry entry(int tag) {
        int mask = slotEntry.length - 1;
        for (int s = slot(tag); slotEntry[s] != null; s = (s + 1) & mask) {
            if (slotTag[s] == tag) {
                return slotEntry[s];
            }
        }
        for (ProfileEntry e : patterns) {
            if (e.matches(tag)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The action for a tag under a set of enabled options, or {@code null} when the table does not list the tag. See
     * the class comment for the rules.
     */
    public Action action(int tag, Set<ProfileOption> enabled) {
        ProfileEntry e = entry(tag);
        return e == null ? null : resolve(e, enabled);
    }

    /** The action of a row under a set of enabled options (null or empty: the Basic Profile alone). */
    public static Action resolve(ProfileEntry entry, Set<ProfileOption> enabled) {
        if (enabled != null && !enabled.isEmpty()) {
            Action chosen = null;
            for (Map.Entry<ProfileOption, Action> o : entry.options().entrySet()) {
                if (enabled.contains(o.getKey())) {
                    if (o.getValue() == Action.KEEP) {
                        return Action.KEEP;
                    }
                    chosen = o.getValue();
                }
            }
            if (chosen != null) {
                return chosen;
            }
        }
        return resolveBasic(entry.basic());
    }

    /**
     * One action for a Basic Profile code of Table E.1-1. Single codes map directly (PS3.15 E.1.1). The compound codes
     * mean "the first unless a later one is required to maintain IOD conformance", by the attribute's type in the IOD
     * (3, 2 or 1; PS3.15 E.1.1). Without knowing the IOD we take the alternative that keeps every IOD valid, i.e. the
     * one for the strictest type: X/Z gives {@link Action#ZERO}; X/D, Z/D and X/Z/D give {@link Action#DUMMY};
     * X/Z/U* (sequences holding references) gives {@link Action#UID}: keep the sequence, replace the instance UIDs
     * in it. A de-identifier that knows the attribute is optional in the IOD may remove it instead.
     *
     * @throws IllegalArgumentException for a code the table does not use
     */
    public static Action resolveBasic(String code) {
        return switch (code) {
            case "X" -> Action.REMOVE;
            case "Z", "X/Z" -> Action.ZERO;
            case "D", "X/D", "Z/D", "X/Z/D" -> Action.DUMMY;
            case "U", "X/Z/U*" -> Action.UID;
            case "K" -> Action.KEEP;
            case "C" -> Action.CLEAN;
            default -> throw new IllegalArgumentException("unknown Basic Profile action '" + code + "'");
        };
    }
}
