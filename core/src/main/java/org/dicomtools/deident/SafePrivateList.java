// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dicomtools.dict.BundledTable;

/**
 * Private attributes known to be safe from identity leakage, which the Retain Safe Private Option keeps (PS3.15
 * E.3.10): mostly the sample list of PS3.15 Table E.3.10-1, plus a few well-known MR elements that research pipelines
 * need. The list and the source of each entry are in the hand-written resource {@code safe-private.tsv}.
 *
 * <p>A private element is identified by its group, the Private Creator that reserved its block and the low 8 bits of
 * its element number (PS3.5 7.8.1): (0019,xx0C) of "SIEMENS MR HEADER" is group 0x0019, element byte 0x0C, whichever
 * block (0019,10xx), (0019,11xx), ... the creator was given. Creators are compared without leading and trailing
 * spaces and ignoring ASCII case.
 *
 * <p>E.3.10 requires the Private Creator elements of retained attributes to be retained too; that, and deciding
 * which creator reserved a block, are the caller's business. Immutable and thread-safe.
 */
public final class SafePrivateList {

    private static final String RESOURCE = "safe-private.tsv";
    private static final int FIELDS = 5;

    /** One entry of the list. */
    public record Entry(String creator, int elementByte, int group, String description, String source) {}

    private final List<Entry> entries;
    /** Key "group (decimal) creator in upper case" to the element bytes listed for it (index = element byte). */
    private final Map<String, boolean[]> safe;

    private SafePrivateList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.safe = new HashMap<>();
        for (Entry e : entries) {
            String key = key(e.group(), normalise(e.creator()));
            boolean[] bytes = safe.get(key);
            if (bytes == null) {
                bytes = new boolean[256];
                safe.put(key, bytes);
            }
            bytes[e.elementByte()] = true;
        }
    }

    /** The list of {@code safe-private.tsv}, loaded on first call. */
    public static SafePrivateList standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final SafePrivateList STANDARD = load();
    }

    private static SafePrivateList load() {
        return parse(new String(BundledTable.read(SafePrivateList.class, RESOURCE), StandardCharsets.UTF_8));
    }

    /** Reads the {@code safe-private.tsv} format described at the top of that file. */
    static SafePrivateList parse(String text) {
        List<Entry> list = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            if (f.length != FIELDS) {
                throw bad(lineNo, "expected " + FIELDS + " tab-separated fields");
            }
            String creator = f[0].strip();
            int element = hex(f[1], 2, lineNo);
            int group = hex(f[2], 4, lineNo);
            if (creator.isEmpty() || (group & 1) == 0) {
                throw bad(lineNo, "need a private creator and an odd group");
            }
            list.add(new Entry(creator, element, group, f[3].strip(), f[4].strip()));
        }
        return new SafePrivateList(list);
    }

    private static int hex(String s, int digits, int lineNo) {
        String t = s.strip();
        if (t.length() != digits) {
            throw bad(lineNo, "expected " + digits + " hex digits, not '" + s + "'");
        }
        try {
            return Integer.parseInt(t, 16);
        } catch (NumberFormatException e) {
            throw bad(lineNo, "expected " + digits + " hex digits, not '" + s + "'");
        }
    }

    private static IllegalArgumentException bad(int lineNo, String message) {
        return new IllegalArgumentException(RESOURCE + " line " + lineNo + ": " + message);
    }

    private static String normalise(String creator) {
        return creator.strip().toUpperCase(Locale.ROOT);
    }

    private static String key(int group, String normalisedCreator) {
        // Plain calls rather than + or a lambda anywhere here: those bootstrap invokedynamic on first use, which costs
        // milliseconds at start-up.
        return Integer.toString(group).concat(" ").concat(normalisedCreator);
    }

    /**
     * True when the element with this element byte (low 8 bits of the element number) in the block that this creator
     * reserved in this group is on the list. False for a null creator or an element byte outside 0-255.
     */
    public boolean isSafe(int group, String creator, int elementByte) {
        if (creator == null || elementByte < 0 || elementByte > 0xFF || (group & 1) == 0) {
            return false;
        }
        boolean[] bytes = safe.get(key(group & 0xFFFF, normalise(creator)));
        return bytes != null && bytes[elementByte];
    }

    /**
     * True when a private data element tag (gggg,bbee), with block bb reserved by this creator, is on the list. The
     * Private Creator elements (gggg,0010-00FF) themselves are never listed.
     */
    public boolean isSafe(int tag, String creator) {
        int element = tag & 0xFFFF;
        return element >= 0x1000 && isSafe(tag >>> 16, creator, element & 0xFF);
    }

    /** Every entry, in file order; unmodifiable. */
    public List<Entry> entries() {
        return entries;
    }
}
