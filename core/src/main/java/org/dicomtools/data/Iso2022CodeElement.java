// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A graphic character set that Specific Character Set (0008,0005) can designate to G0 or G1 with ISO 2022 escape
 * sequences (PS3.3 C.12.1.1.2 Tables C.12-2 to C.12-4, PS3.5 6.1.2.5).
 *
 * <p>Bytes are decoded and encoded through a JDK charset in that charset's own form ("native" bytes): 7-bit for
 * ISO 646 sets, 8-bit (high bit set) for the upper halves of ISO 8859 and JIS X 0201 and for the double-byte sets,
 * which are reached through their EUC charsets (JIS X 0212 behind the EUC-JP single shift 3 byte 0x8F). A set
 * designated to G0 is used with the high bit clear, to G1 with it set.
 */
enum Iso2022CodeElement {
    /** ISO-IR 6, ISO 646 (ASCII): ESC ( B. */
    ASCII(1, false, 'B', true, "US-ASCII"),
    /** ISO-IR 14, JIS X 0201 Romaji: ESC ( J; read like ASCII so that 05/12 stays the value delimiter. */
    JIS_ROMAN(1, false, 'J', true, "US-ASCII"),
    /** ISO-IR 13, JIS X 0201 Katakana: ESC ) I. */
    JIS_KATAKANA(1, false, 'I', false, "JIS_X0201"),
    /** ISO-IR 100, Latin alphabet No. 1: ESC - A. */
    LATIN1(1, true, 'A', false, "ISO-8859-1"),
    /** ISO-IR 101, Latin alphabet No. 2: ESC - B. */
    LATIN2(1, true, 'B', false, "ISO-8859-2"),
    /** ISO-IR 109, Latin alphabet No. 3: ESC - C. */
    LATIN3(1, true, 'C', false, "ISO-8859-3"),
    /** ISO-IR 110, Latin alphabet No. 4: ESC - D. */
    LATIN4(1, true, 'D', false, "ISO-8859-4"),
    /** ISO-IR 144, Cyrillic: ESC - L. */
    CYRILLIC(1, true, 'L', false, "ISO-8859-5"),
    /** ISO-IR 127, Arabic: ESC - G. */
    ARABIC(1, true, 'G', false, "ISO-8859-6"),
    /** ISO-IR 126, Greek: ESC - F. */
    GREEK(1, true, 'F', false, "ISO-8859-7"),
    /** ISO-IR 138, Hebrew: ESC - H. */
    HEBREW(1, true, 'H', false, "ISO-8859-8"),
    /** ISO-IR 148, Latin alphabet No. 5: ESC - M. */
    LATIN5(1, true, 'M', false, "ISO-8859-9"),
    /** ISO-IR 203, Latin alphabet No. 9: ESC - b. */
    LATIN9(1, true, 'b', false, "ISO-8859-15"),
    /** ISO-IR 166, TIS 620-2533 Thai: ESC - T. */
    THAI(1, true, 'T', false, "x-iso-8859-11", "TIS-620"),
    /** ISO-IR 87, JIS X 0208 Kanji: ESC $ B (ESC $ @, the 1978 edition, is read as the same set). */
    JIS_X0208(2, false, 'B', true, "EUC-JP"),
    /** ISO-IR 159, JIS X 0212 supplementary Kanji: ESC $ ( D. */
    JIS_X0212(2, false, 'D', true, "EUC-JP"),
    /** ISO-IR 149, KS X 1001 Hangul and Hanja: ESC $ ) C. */
    KS_X1001(2, false, 'C', false, "EUC-KR"),
    /** ISO-IR 58, GB 2312 simplified Chinese: ESC $ ) A. */
    GB2312(2, false, 'A', false, "GB2312");

    static final int ESC = 0x1B;
    /** EUC-JP single shift 3: the prefix of a JIS X 0212 character. */
    private static final int SS3 = 0x8F;

    /** Bytes per character. */
    final int width;
    /** Whether the set has 96 characters (ISO 8859 upper halves) rather than 94. */
    final boolean set96;
    /** The final byte of the designating escape sequence. */
    final char finalByte;
    /** Whether DICOM designates this set to G0 (true) or G1 (false). */
    final boolean g0;
    /** The JDK charset, or null when this JDK has none of the names. */
    final Charset charset;
    /** The charset name looked for first, for messages. */
    final String charsetName;

    Iso2022CodeElement(int width, boolean set96, char finalByte, boolean g0, String... charsetNames) {
        this.width = width;
        this.set96 = set96;
        this.finalByte = finalByte;
        this.g0 = g0;
        this.charsetName = charsetNames[0];
        this.charset = lookUp(charsetNames);
    }

    static Charset lookUp(String... names) {
        for (String name : names) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException missing) {
                // try the next name
            }
        }
        return null;
    }

    /** Whether this JDK can decode and encode the set. */
    boolean available() {
        return charset != null;
    }

    /** Whether the native bytes have the high bit set. */
    private boolean nativeHigh() {
        return !(this == ASCII || this == JIS_ROMAN);
    }

    /**
     * The set selected by an escape sequence (the bytes after ESC), or null when it is not one of ours. The G0/G1
     * target is not checked here; see {@link #designatesG0(String)}.
     */
    static Iso2022CodeElement forEscape(String sequence) {
        if (sequence.length() < 2) {
            return null;
        }
        char last = sequence.charAt(sequence.length() - 1);
        String intermediates = sequence.substring(0, sequence.length() - 1);
        boolean multiByte = intermediates.startsWith("$");
        if (multiByte && last == '@') {
            last = 'B'; // JIS C 6226-1978, the predecessor of JIS X 0208, read with the same table
        }
        boolean set96 = intermediates.equals("-");
        if (!multiByte && !set96 && !intermediates.equals("(") && !intermediates.equals(")")) {
            return null;
        }
        for (Iso2022CodeElement e : values()) {
            if ((e.width == 2) == multiByte && e.set96 == set96 && e.finalByte == last) {
                return e;
            }
        }
        return null;
    }

    /** Whether an escape sequence (the bytes after ESC) designates to G0 rather than G1. */
    static boolean designatesG0(String sequence) {
        return sequence.startsWith("(") || sequence.startsWith("$(")
                || (sequence.startsWith("$") && sequence.length() == 2);
    }

    /** The escape sequence, ESC included, that designates this set to its usual area (PS3.3 Tables C.12-3/4). */
    byte[] designation() {
        String intermediates;
        if (width == 2) {
            intermediates = g0 ? ("@AB".indexOf(finalByte) >= 0 ? "$" : "$(") : "$)";
        } else {
            intermediates = set96 ? "-" : g0 ? "(" : ")";
        }
        byte[] seq = new byte[intermediates.length() + 2];
        seq[0] = ESC;
        for (int i = 0; i < intermediates.length(); i++) {
            seq[i + 1] = (byte) intermediates.charAt(i);
        }
        seq[seq.length - 1] = (byte) finalByte;
        return seq;
    }

    /** Decodes bytes designated to this set, in either half; Latin-1 when the JDK lacks the charset. */
    String decode(byte[] bytes, int from, int to) {
        if (charset == null) {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
        if (this == JIS_X0212) {
            byte[] euc = new byte[(to - from + 1) / 2 * 3];
            int n = 0;
            for (int i = from; i < to; i += 2) {
                euc[n++] = (byte) SS3;
                euc[n++] = (byte) (bytes[i] | 0x80);
                if (i + 1 < to) {
                    euc[n++] = (byte) (bytes[i + 1] | 0x80);
                }
            }
            return new String(euc, 0, n, charset);
        }
        byte[] copy = new byte[to - from];
        for (int i = 0; i < copy.length; i++) {
            int b = bytes[from + i];
            copy[i] = (byte) (nativeHigh() ? b | 0x80 : b & 0x7F);
        }
        return new String(copy, charset);
    }

    /** A strict encoder for this set's charset, or null when the JDK lacks it. */
    CharsetEncoder newEncoder() {
        return charset == null ? null : charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The native bytes of one character (a code point as a string), or null when the set does not hold it. The
     * charset's result is accepted only when it lies in this set's part of the charset: for example EUC-JP also
     * encodes ASCII and JIS X 0201 Katakana, which are not JIS X 0208 characters.
     */
    byte[] encode(String ch, CharsetEncoder encoder) {
        byte[] b;
        try {
            ByteBuffer buffer = encoder.reset().encode(CharBuffer.wrap(ch));
            b = new byte[buffer.remaining()];
            buffer.get(b);
        } catch (CharacterCodingException unmappable) {
            return null;
        }
        if (width == 1) {
            if (b.length != 1) {
                return null;
            }
            int v = b[0] & 0xFF;
            boolean ok = !nativeHigh() ? v >= 0x20 && v < 0x7F : set96 ? v >= 0xA0 : v >= 0xA1 && v < 0xFF;
            return ok ? b : null;
        }
        if (this == JIS_X0212) {
            return b.length == 3 && (b[0] & 0xFF) == SS3 ? new byte[] {b[1], b[2]} : null;
        }
        // Two bytes from A1 up: a character of the EUC code set 1, which is this set (SS2/SS3 are below A1).
        return b.length == 2 && (b[0] & 0xFF) >= 0xA1 && (b[1] & 0xFF) >= 0xA1 ? b : null;
    }
}
