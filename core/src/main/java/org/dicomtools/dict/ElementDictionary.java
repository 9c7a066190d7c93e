// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.dict;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.dicomtools.data.VR;

/**
 * The data element dictionary: tag to keyword, name, VR and VM, and keyword to tag.
 *
 * <p>{@link #lookup(int)} resolves a tag in this order:
 * <ol>
 *   <li>an exact entry of the table;
 *   <li>element 0000 of any group: a synthetic {@code GroupLength} entry, VR UL (PS3.5 7.2);
 *   <li>an odd (private) group: elements 0010-00FF give a synthetic {@code PrivateCreator} entry, VR LO (PS3.5 7.8.1);
 *       other private elements are unknown ({@code null});
 *   <li>a repeating group or element of the table, e.g. {@code (60xx,3000)}. Repeating groups (50xx, 60xx, 7Fxx)
 *       cover the even groups xx = 00-1E only, as PS3.5 7.6 defines them.
 * </ol>
 * Synthetic entries carry the looked-up tag with an exact mask, and are not found by {@link #tagOf(String)}.
 *
 * <p>The base tag of a repeating entry (x digits as 0) can belong to something else: PS3.6 has (0028,0400) Transform
 * Label where (0028,04x0) Rows For Nth Order Coefficients begins, and (1010,0000) is the group length of (1010,xxxx)
 * Zonal Map. {@link #tagOf(String)} and the {@link Tag} constants therefore name the first tag of the range that
 * looks up to the repeating entry, e.g. 0x00280410 and 0x10100001.
 *
 * <p>Instances are immutable in behaviour and safe to share between threads. The standard dictionary is read once,
 * on first use, from the generated resource {@code elements.tsv}. Because that happens on the command line's start-up
 * path, loading only indexes the lines by tag; an entry's strings and VRs are decoded the first time it is looked
 * up (and then kept), and the keyword index is built on the first lookup by keyword.
 */
public final class ElementDictionary {

    private static final String RESOURCE = "elements.tsv";
    private static final int FIELDS = 6;

    /** The table in elements.tsv form (UTF-8). */
    private final byte[] data;
    /** Per entry, in table order: where its line starts and ends (exclusive, without CR/LF). */
    private final int[] lineStart;
    private final int[] lineEnd;
    private final int[] tags;
    private final int[] masks;
    /** Entries decoded so far; one instance per entry, published with compare-and-set. */
    private final AtomicReferenceArray<DictionaryEntry> decoded;
    /** Exact entries by tag: open addressing with linear probing; a slot holds entry index + 1, 0 when empty. */
    private final int[] slotTag;
    private final int[] slotEntry;
    private final int hashShift;
    /** Entry indices of the repeating entries, in table order. */
    private final int[] repeating;
    private final List<DictionaryEntry> entries;
    /** Built on first use by {@link #keywordIndex()}. */
    private volatile Map<String, Integer> byKeyword;

    private ElementDictionary(byte[] data, int[] lineStart, int[] lineEnd, int[] tags, int[] masks, int count) {
        this.data = data;
        this.lineStart = Arrays.copyOf(lineStart, count);
        this.lineEnd = Arrays.copyOf(lineEnd, count);
        this.tags = Arrays.copyOf(tags, count);
        this.masks = Arrays.copyOf(masks, count);
        this.decoded = new AtomicReferenceArray<>(count);

        int exactCount = 0;
        int repeatingCount = 0;
        for (int i = 0; i < count; i++) {
            if (masks[i] == 0xFFFFFFFF) {
                exactCount++;
            } else {
                repeatingCount++;
            }
        }
        int bits = 4;
        while ((1 << bits) < exactCount * 3) { // load factor at most 1/3: short probe sequences
            bits++;
        }
        slotTag = new int[1 << bits];
        slotEntry = new int[1 << bits];
        hashShift = 32 - bits;
        int slotMask = (1 << bits) - 1;
        repeating = new int[repeatingCount];
        int r = 0;
        for (int i = 0; i < count; i++) {
            int tag = tags[i];
            if (masks[i] != 0xFFFFFFFF) {
                repeating[r++] = i;
                continue;
            }
            int s = slot(tag);
            while (slotEntry[s] != 0) {
                if (slotTag[s] == tag) {
                    throw new IllegalArgumentException(String.format("%s: duplicate tag %08X", RESOURCE, tag));
                }
                s = (s + 1) & slotMask;
            }
            slotTag[s] = tag;
            slotEntry[s] = i + 1;
        }
        entries = new Entries();
    }

    /** The dictionary of PS3.6, loaded on first call. */
    public static ElementDictionary standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ElementDictionary STANDARD = loadStandard();
    }

    private static ElementDictionary loadStandard() {
        return parse(BundledTable.read(ElementDictionary.class, RESOURCE));
    }

    /**
     * Indexes the bytes of an {@code elements.tsv} file (UTF-8; lines {@code pattern, keyword, vr, vm, retired, name}
     * separated by tabs; lines starting with {@code #} are comments). The tag pattern and the number of fields are
     * checked here; the other fields when an entry is first decoded.
     */
    static ElementDictionary parse(byte[] b) {
        int capacity = 6000;
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int[] tags = new int[capacity];
        int[] masks = new int[capacity];
        int count = 0;
        int n = b.length;
        int pos = 0;
        int lineNo = 0;
        while (pos < n) {
            lineNo++;
            int start = pos;
            int tabs = 0;
            int end = start;
            while (end < n) {
                byte c = b[end];
                if (c == '\n') {
                    break;
                }
                if (c == '\t') {
                    tabs++;
                }
                end++;
            }
            pos = end + 1;
            if (end > start && b[end - 1] == '\r') {
                end--;
            }
            if (end == start || b[start] == '#') {
                continue;
            }
            if (tabs != FIELDS - 1) {
                throw bad(lineNo, "expected " + FIELDS + " tab-separated fields");
            }
            if (end - start < 9 || b[start + 8] != '\t') {
                throw bad(lineNo, "tag pattern must have 8 characters");
            }
            int tag = 0;
            int mask = 0;
            for (int i = start; i < start + 8; i++) {
                int c = b[i];
                int d;
                if (c >= '0' && c <= '9') {
                    d = c - '0';
                } else if (c >= 'a' && c <= 'f') {
                    d = c - ('a' - 10);
                } else if (c >= 'A' && c <= 'F') {
                    d = c - ('A' - 10);
                } else if (c == 'x' || c == 'X') {
                    d = -1;
                } else {
                    throw bad(lineNo, "bad character in tag pattern");
                }
                tag <<= 4;
                mask <<= 4;
                if (d >= 0) {
                    tag |= d;
                    mask |= 0xF;
                }
            }
            if (count == capacity) {
                capacity *= 2;
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                tags = Arrays.copyOf(tags, capacity);
                masks = Arrays.copyOf(masks, capacity);
            }
            starts[count] = start;
            ends[count] = end;
            tags[count] = tag;
            masks[count] = mask;
            count++;
        }
        return new ElementDictionary(b, starts, ends, tags, masks, count);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Decoding entries

    /** One-element lists per VR, shared by all entries with a single VR. */
    private static final List<VR>[] SINGLE = singleLists();

    @SuppressWarnings("unchecked")
    private static List<VR>[] singleLists() {
        VR[] all = VR.values();
        List<VR>[] lists = new List[all.length];
        for (VR v : all) {
            lists[v.ordinal()] = List.of(v);
        }
        return lists;
    }

    /** The entry at an index of the table, decoded on first use. */
    private DictionaryEntry entry(int index) {
        DictionaryEntry e = decoded.get(index);
        if (e == null) {
            DictionaryEntry fresh = decode(index);
            e = decoded.compareAndExchange(index, null, fresh);
            if (e == null) {
                e = fresh;
            }
        }
        return e;
    }

    private DictionaryEntry decode(int index) {
        byte[] b = data;
        int end = lineEnd[index];
        int[] fieldStart = new int[FIELDS];
        int[] fieldEnd = new int[FIELDS];
        int f = 0;
        fieldStart[0] = lineStart[index];
        for (int i = fieldStart[0]; i < end; i++) {
            if (b[i] == '\t') {
                fieldEnd[f++] = i;
                fieldStart[f] = i + 1;
            }
        }
        fieldEnd[FIELDS - 1] = end;

        String keyword = ascii(fieldStart[1], fieldEnd[1]);

        // VRs separated by '|', e.g. "OB|OW", or empty.
        int s = fieldStart[2];
        int vrLen = fieldEnd[2] - s;
        List<VR> vrs;
        VR vr;
        if (vrLen == 0) {
            vrs = List.of();
            vr = null;
        } else if (vrLen == 2) {
            vr = vrAt(s, index);
            vrs = SINGLE[vr.ordinal()];
        } else {
            if ((vrLen + 1) % 3 != 0) {
                throw badEntry(index, "bad VR field");
            }
            VR[] alt = new VR[(vrLen + 1) / 3];
            for (int k = 0; k < alt.length; k++) {
                int at = s + 3 * k;
                if (k > 0 && b[at - 1] != '|') {
                    throw badEntry(index, "bad VR field");
                }
                alt[k] = vrAt(at, index);
            }
            vrs = List.of(alt);
            // The VR to assume without an explicit one: OW where OB or OW is allowed, else the first alternative.
            vr = vrs.contains(VR.OB) && vrs.contains(VR.OW) ? VR.OW : alt[0];
        }

        s = fieldStart[3];
        String vm = fieldEnd[3] - s == 1 && b[s] == '1' ? "1" : ascii(s, fieldEnd[3]);

        s = fieldStart[4];
        if (fieldEnd[4] - s != 1 || (b[s] != 'Y' && b[s] != 'N')) {
            throw badEntry(index, "retired flag must be Y or N");
        }
        boolean retired = b[s] == 'Y';

        String name = new String(b, fieldStart[5], fieldEnd[5] - fieldStart[5], StandardCharsets.UTF_8);
        return new DictionaryEntry(tags[index], masks[index], keyword, name, vr, vrs, vm, retired);
    }

    private String ascii(int from, int to) {
        return new String(data, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private VR vrAt(int at, int index) {
        VR vr = VR.ofCode(data[at], data[at + 1]);
        if (vr == null) {
            throw badEntry(index, "unknown VR " + (char) data[at] + (char) data[at + 1]);
        }
        return vr;
    }

    private static IllegalArgumentException bad(int lineNo, String message) {
        return new IllegalArgumentException(RESOURCE + " line " + lineNo + ": " + message);
    }

    private IllegalArgumentException badEntry(int index, String message) {
        return new IllegalArgumentException(RESOURCE + " entry " + ascii(lineStart[index], lineStart[index] + 8) + ": "
                + message);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Lookup by tag

    private int slot(int tag) {
        return (tag * 0x9E3779B9) >>> hashShift;
    }

    /** The index of the exact entry of a tag, or -1. */
    private int exactIndex(int tag) {
        int slotMask = slotEntry.length - 1;
        for (int s = slot(tag); ; s = (s + 1) & slotMask) {
            int e = slotEntry[s];
            if (e == 0) {
                return -1;
            }
            if (slotTag[s] == tag) {
                return e - 1;
            }
        }
    }

    /** The index of the repeating entry that covers a tag, or -1. */
    private int repeatingIndex(int tag) {
        for (int i : repeating) {
            int m = masks[i];
            if ((tag & m) == tags[i]) {
                // A repeating group (xx in the group's low byte) covers the even groups xx = 00..1E (PS3.5 7.6);
                // odd groups never get here.
                if ((m & 0x00FF0000) == 0 && ((tag >>> 16) & 0xFF) > 0x1E) {
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    private static boolean isGroupLength(int tag) {
        return (tag & 0xFFFF) == 0;
    }

    private static boolean isPrivateGroup(int tag) {
        return (tag & 0x00010000) != 0;
    }

    private static boolean isPrivateCreator(int tag) {
        int element = tag & 0xFFFF;
        return element >= 0x0010 && element <= 0x00FF;
    }

    /**
     * The entry for a tag, or {@code null} when the tag is neither in the table nor a group length or private
     * creator. See the class comment for the order of resolution.
     */
    public DictionaryEntry lookup(int tag) {
        int i = exactIndex(tag);
        if (i >= 0) {
            return entry(i);
        }
        if (isGroupLength(tag)) {
            int group = tag >>> 16;
            // Group lengths are retired (PS3.5 7.2) except in the command (0000) and file meta (0002) groups.
            return new DictionaryEntry(tag, 0xFFFFFFFF, "GroupLength", "Group Length", VR.UL, SINGLE[VR.UL.ordinal()],
                    "1", group != 0x0000 && group != 0x0002);
        }
        if (isPrivateGroup(tag)) {
            return isPrivateCreator(tag)
                    ? new DictionaryEntry(tag, 0xFFFFFFFF, "PrivateCreator", "Private Creator", VR.LO,
                            SINGLE[VR.LO.ordinal()], "1", false)
                    : null;
        }
        i = repeatingIndex(tag);
        return i >= 0 ? entry(i) : null;
    }

    /** The VR to assume for a tag without an explicit VR: the entry's {@link DictionaryEntry#vr()}, or UN. */
    public VR vrOf(int tag) {
        int i = exactIndex(tag);
        if (i < 0) {
            if (isGroupLength(tag)) {
                return VR.UL;
            }
            if (isPrivateGroup(tag)) {
                return isPrivateCreator(tag) ? VR.LO : VR.UN;
            }
            i = repeatingIndex(tag);
            if (i < 0) {
                return VR.UN;
            }
        }
        VR vr = entry(i).vr();
        return vr == null ? VR.UN : vr;
    }

    /** The keyword of a tag, or {@code ""} when it is unknown. */
    public String keywordOf(int tag) {
        DictionaryEntry e = lookup(tag);
        return e == null ? "" : e.keyword();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Lookup by keyword

    /** Keyword to entry index, built on first use. */
    private Map<String, Integer> keywordIndex() {
        Map<String, Integer> map = byKeyword;
        if (map == null) {
            synchronized (this) {
                map = byKeyword;
                if (map == null) {
                    map = new HashMap<>(tags.length * 4 / 3 + 16);
                    for (int i = 0; i < tags.length; i++) {
                        int start = lineStart[i] + 9;
                        int end = start;
                        while (data[end] != '\t') {
                            end++;
                        }
                        if (end > start) {
                            map.putIfAbsent(ascii(start, end), i);
                        }
                    }
                    byKeyword = map;
                }
            }
        }
        return map;
    }

    /**
     * The tag of a keyword, or -1 when no entry of the table has it; equal to the {@link Tag} constant of that name.
     * For a repeating entry this is the first tag of its range that looks up to it, usually its base tag (0x60003000
     * for {@code OverlayData}); see the class comment.
     */
    public int tagOf(String keyword) {
        Integer i = keyword == null ? null : keywordIndex().get(keyword);
        if (i == null) {
            return -1;
        }
        return masks[i] == 0xFFFFFFFF ? tags[i] : firstTag(i);
    }

    /** The entry with a keyword, or {@code null}. */
    public DictionaryEntry byKeyword(String keyword) {
        Integer i = keyword == null ? null : keywordIndex().get(keyword);
        return i == null ? null : entry(i);
    }

    /**
     * The first tag of a repeating entry's range that looks up to the entry: not another element's tag (PS3.6 has
     * (0028,0400) Transform Label at the start of (0028,04x0)), not a group length, not in a private group.
     */
    private int firstTag(int index) {
        int mask = masks[index];
        int base = tags[index];
        int t = base;
        while (exactIndex(t) >= 0 || isGroupLength(t) || isPrivateGroup(t) || repeatingIndex(t) != index) {
            int next = (((t | mask) + 1) & ~mask) | base; // next combination of the wildcard bits
            if (Integer.compareUnsigned(next, t) <= 0) {
                throw badEntry(index, "no tag of the range resolves to this entry");
            }
            t = next;
        }
        return t;
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Every entry of the table, sorted by tag (unsigned), exact and repeating alike; unmodifiable. */
    public List<DictionaryEntry> entries() {
        return entries;
    }

    private final class Entries extends AbstractList<DictionaryEntry> implements RandomAccess {
        @Override
        public DictionaryEntry get(int index) {
            return entry(index);
        }

        @Override
        public int size() {
            return tags.length;
        }
    }
}
