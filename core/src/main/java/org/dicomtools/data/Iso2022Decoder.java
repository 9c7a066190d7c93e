// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import static org.dicomtools.data.Iso2022CodeElement.ESC;

import java.nio.charset.StandardCharsets;

/**
 * Decodes a string value that may use ISO 2022 code extensions (PS3.5 6.1.2.5): the bytes are split into runs at
 * escape sequences, control characters and value delimiters, and each run is decoded with the set designated to the
 * half (GL for bytes below 0x80, GR above) it lies in.
 *
 * <p>Escape sequences for any set this class knows are honoured even when (0008,0005) did not declare it, which
 * reads files that forgot a term. An escape sequence it does not know is kept in the text as the ESC character
 * followed by its bytes, so nothing is silently lost.
 */
final class Iso2022Decoder {

    private Iso2022Decoder() {
    }

    /**
     * Decodes {@code bytes[from, to)} starting with {@code initialG0} and {@code initialG1} (null: nothing in G1,
     * GR bytes are read as ISO-8859-1) and returning to them where PS3.5 6.1.2.5.3 requires.
     */
    static String decode(byte[] bytes, int from, int to, VR vr,
            Iso2022CodeElement initialG0, Iso2022CodeElement initialG1) {
        StringBuilder out = new StringBuilder(to - from);
        Iso2022CodeElement g0 = initialG0;
        Iso2022CodeElement g1 = initialG1;
        int i = from;
        while (i < to) {
            int c = bytes[i] & 0xFF;
            if (c == ESC) {
                int end = escapeEnd(bytes, i, to);
                String sequence = end < 0 ? null : new String(bytes, i + 1, end - i - 1, StandardCharsets.US_ASCII);
                Iso2022CodeElement selected = sequence == null ? null : Iso2022CodeElement.forEscape(sequence);
                if (selected == null) {
                    out.append((char) ESC);
                    i++;
                } else {
                    if (Iso2022CodeElement.designatesG0(sequence)) {
                        g0 = selected;
                    } else {
                        g1 = selected;
                    }
                    i = end;
                }
            } else if (c >= 0x80) {
                int j = i;
                while (j < to && bytes[j] < 0) {
                    j++;
                }
                out.append(g1 == null ? new String(bytes, i, j - i, StandardCharsets.ISO_8859_1)
                        : g1.decode(bytes, i, j));
                i = j;
            } else if (c <= 0x20 || c == 0x7F) {
                // Space and DEL are the same in every G0 set; before any other control character the initial sets
                // are active again (CR, LF, FF, TAB: PS3.5 6.1.2.5.3).
                out.append((char) c);
                if (c < 0x20) {
                    g0 = initialG0;
                    g1 = initialG1;
                }
                i++;
            } else if (g0.width == 2) {
                // In a double-byte G0 set the delimiter bytes are halves of characters; the writer must have
                // switched back before any delimiter, so the run ends only at a control character or ESC.
                int j = i;
                while (j < to && (bytes[j] & 0xFF) > 0x20 && (bytes[j] & 0xFF) < 0x7F) {
                    j++;
                }
                out.append(g0.decode(bytes, i, j));
                i = j;
            } else if (isDelimiter(c, vr)) {
                // Each value, and for PN each component and group, starts in the initial sets (PS3.5 6.1.2.5.3).
                out.append((char) c);
                g0 = initialG0;
                g1 = initialG1;
                i++;
            } else {
                int j = i;
                while (j < to && (bytes[j] & 0xFF) > 0x20 && (bytes[j] & 0xFF) < 0x7F && !isDelimiter(bytes[j], vr)) {
                    j++;
                }
                out.append(g0.decode(bytes, i, j));
                i = j;
            }
        }
        return out.toString();
    }

    /** Whether the ISO 646 character {@code c} separates values, or for PN components and groups. */
    static boolean isDelimiter(int c, VR vr) {
        return c == '\\' && vr.isMultiValued() || vr == VR.PN && (c == '^' || c == '=');
    }

    /** The index after the escape sequence starting at {@code esc} (ESC, intermediates, final byte), or -1. */
    private static int escapeEnd(byte[] bytes, int esc, int to) {
        int j = esc + 1;
        while (j < to && bytes[j] >= 0x20 && bytes[j] <= 0x2F) {
            j++;
        }
        return j < to && j > esc + 1 && bytes[j] >= 0x30 && bytes[j] <= 0x7E ? j + 1 : -1;
    }
}
