// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.dict;

import java.util.List;
import java.util.Objects;
import org.dicomtools.data.VR;

/**
 * One data element of the dictionary (PS3.6 Table 6-1 and its companions).
 *
 * <p>A tag {@code t} belongs to the entry when {@code (t & mask) == tag}. Exact entries have {@code mask} 0xFFFFFFFF;
 * repeating groups and elements such as {@code (60xx,3000)} have the wildcard nibbles zeroed in both {@code tag} and
 * {@code mask}, so {@code tag} is the first tag of the range.
 *
 * @param tag the tag, or for a repeating entry the base tag with wildcard nibbles 0
 * @param mask the bits of a tag that must equal {@code tag}
 * @param keyword the PS3.6 keyword; empty for the few retired elements the standard leaves without one
 * @param name the PS3.6 name (may be empty, as above)
 * @param vr the VR to use when none is encoded (implicit VR): the first alternative, except that {@code OB or OW}
 *     gives OW; {@code null} when the standard gives no VR (item and delimitation tags, some retired elements)
 * @param vrs every VR the standard allows, in the standard's order; empty when it gives none
 * @param vm the value multiplicity as written in PS3.6, e.g. {@code 1}, {@code 1-n}, {@code 2-2n}; may be empty
 * @param retired whether PS3.6 marks the element retired
 */
public record DictionaryEntry(int tag, int mask, String keyword, String name, VR vr, List<VR> vrs, String vm,
        boolean retired) {

    public DictionaryEntry {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vm, "vm");
        vrs = List.copyOf(vrs);
        if ((tag & ~mask) != 0) {
            throw new IllegalArgumentException(String.format("tag %08X has bits outside mask %08X", tag, mask));
        }
    }

    /** Whether {@code t} is this entry's tag or, for a repeating entry, one of its tags. */
    public boolean matches(int t) {
        return (t & mask) == tag;
    }

    /** Whether this entry stands for a repeating group or element (its tag pattern has x digits). */
    public boolean isRepeating() {
        return mask != 0xFFFFFFFF;
    }

    /** The tag pattern as PS3.6 writes it, e.g. {@code (0010,0010)} or {@code (60xx,3000)}. */
    public String pattern() {
        char[] c = new char[11];
        c[0] = '(';
        c[5] = ',';
        c[10] = ')';
        for (int i = 0, pos = 1; i < 8; i++, pos++) {
            if (i == 4) {
                pos++;
            }
            int shift = 28 - 4 * i;
            c[pos] = ((mask >>> shift) & 0xF) == 0 ? 'x' : Character.toUpperCase(Character.forDigit((tag >>> shift) & 0xF, 16));
        }
        return new String(c);
    }
}
