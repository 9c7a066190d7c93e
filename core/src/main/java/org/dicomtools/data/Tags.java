// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

/** Helpers for tags held as {@code int}: group in the high 16 bits, element in the low 16 bits (PS3.5 7.1). */
public final class Tags {
    /** (FFFE,E000) Item. */
    public static final int ITEM = 0xFFFEE000;
    /** (FFFE,E00D) Item Delimitation Item. */
    public static final int ITEM_DELIMITATION = 0xFFFEE00D;
    /** (FFFE,E0DD) Sequence Delimitation Item. */
    public static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Tags() {
    }

    public static int of(int group, int element) {
        return (group << 16) | (element & 0xFFFF);
    }

    public static int group(int tag) {
        return tag >>> 16;
    }

    public static int element(int tag) {
        return tag & 0xFFFF;
    }

    /** Odd groups hold private data elements (PS3.5 7.8). */
    public static boolean isPrivate(int tag) {
        return (group(tag) & 1) == 1;
    }

    /** A private creator reserves a block: odd group, element 0x0010 to 0x00FF (PS3.5 7.8.1). */
    public static boolean isPrivateCreator(int tag) {
        int element = element(tag);
        return isPrivate(tag) && element >= 0x0010 && element <= 0x00FF;
    }

    /** The private creator tag that reserves the block of a private element, e.g. (0009,1001) → (0009,0010). */
    public static int privateCreatorOf(int tag) {
        return (tag & 0xFFFF0000) | ((tag >>> 8) & 0xFF);
    }

    public static boolean isGroupLength(int tag) {
        return element(tag) == 0;
    }

    /** {@code (GGGG,EEEE)} in upper-case hex, the form of PS3.6. */
    public static String format(int tag) {
        char[] c = new char[11];
        c[0] = '(';
        hex(tag >>> 16, c, 1);
        c[5] = ',';
        hex(tag, c, 6);
        c[10] = ')';
        return new String(c);
    }

    /** {@code GGGGEEEE} in upper-case hex, the key of the DICOM JSON model (PS3.18 F.2.1.1). */
    public static String hex(int tag) {
        char[] c = new char[8];
        hex(tag >>> 16, c, 0);
        hex(tag, c, 4);
        return new String(c);
    }

    private static void hex(int v, char[] c, int at) {
        c[at] = HEX[(v >>> 12) & 0xF];
        c[at + 1] = HEX[(v >>> 8) & 0xF];
        c[at + 2] = HEX[(v >>> 4) & 0xF];
        c[at + 3] = HEX[v & 0xF];
    }

    /**
     * Parses {@code GGGGEEEE}, {@code (GGGG,EEEE)} or {@code GGGG,EEEE}.
     *
     * @throws IllegalArgumentException when the text is not a tag
     */
    public static int parse(String text) {
        String s = text.trim();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        s = s.replace(",", "");
        if (s.length() != 8) {
            throw new IllegalArgumentException("not a tag: " + text);
        }
        try {
            return (int) Long.parseLong(s, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a tag: " + text, e);
        }
    }
}
