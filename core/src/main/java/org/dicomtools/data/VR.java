// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

/**
 * The 34 value representations of PS3.5 Table 6.2-1 with the facts the reader and writer need.
 *
 * <p>{@code longHeader}: in explicit VR syntaxes the element header has two reserved bytes and a 32-bit length
 * (PS3.5 7.1.2, Table 7.1-1); otherwise a 16-bit length. {@code unitSize}: the size of one binary value, the unit
 * swapped when the byte order changes (1 for bytes and strings). {@code padding}: the byte that pads a value to even
 * length (PS3.5 6.2: NUL for UI and binary, space for text). {@code maxLength}: the fixed maximum length of one value
 * in characters or bytes (0 = no fixed limit).
 */
public enum VR {
    AE(Kind.STRING, false, 1, ' ', 16),
    AS(Kind.STRING, false, 1, ' ', 4),
    AT(Kind.BINARY, false, 2, 0, 4),
    CS(Kind.STRING, false, 1, ' ', 16),
    DA(Kind.STRING, false, 1, ' ', 8),
    DS(Kind.STRING, false, 1, ' ', 16),
    DT(Kind.STRING, false, 1, ' ', 26),
    FD(Kind.BINARY, false, 8, 0, 8),
    FL(Kind.BINARY, false, 4, 0, 4),
    IS(Kind.STRING, false, 1, ' ', 12),
    LO(Kind.TEXT, false, 1, ' ', 64),
    LT(Kind.TEXT_SINGLE, false, 1, ' ', 10240),
    OB(Kind.BULK, true, 1, 0, 0),
    OD(Kind.BULK, true, 8, 0, 0),
    OF(Kind.BULK, true, 4, 0, 0),
    OL(Kind.BULK, true, 4, 0, 0),
    OV(Kind.BULK, true, 8, 0, 0),
    OW(Kind.BULK, true, 2, 0, 0),
    PN(Kind.TEXT, false, 1, ' ', 64),
    SH(Kind.TEXT, false, 1, ' ', 16),
    SL(Kind.BINARY, false, 4, 0, 4),
    SQ(Kind.SEQUENCE, true, 1, 0, 0),
    SS(Kind.BINARY, false, 2, 0, 2),
    ST(Kind.TEXT_SINGLE, false, 1, ' ', 1024),
    SV(Kind.BINARY, true, 8, 0, 8),
    TM(Kind.STRING, false, 1, ' ', 14),
    UC(Kind.TEXT, true, 1, ' ', 0),
    UI(Kind.STRING, false, 1, 0, 64),
    UL(Kind.BINARY, false, 4, 0, 4),
    UN(Kind.BULK, true, 1, 0, 0),
    UR(Kind.STRING_SINGLE, true, 1, ' ', 0),
    US(Kind.BINARY, false, 2, 0, 2),
    UT(Kind.TEXT_SINGLE, true, 1, ' ', 0),
    UV(Kind.BINARY, true, 8, 0, 8);

    /** How a VR's value is held and interpreted. */
    public enum Kind {
        /** Default-repertoire strings, multi-valued with backslash. */
        STRING,
        /** Default-repertoire string that is always single-valued (UR). */
        STRING_SINGLE,
        /** Strings affected by Specific Character Set, multi-valued with backslash (SH, LO, PN, UC). */
        TEXT,
        /** Strings affected by Specific Character Set, single-valued, backslash allowed (ST, LT, UT). */
        TEXT_SINGLE,
        /** Fixed-size binary numbers (and AT). */
        BINARY,
        /** Other-byte/word/... bulk values (OB, OW, OD, OF, OL, OV, UN). */
        BULK,
        /** A sequence of items. */
        SEQUENCE
    }

    private static final VR[] BY_CODE = new VR[1 << 16];

    static {
        for (VR vr : values()) {
            BY_CODE[vr.code] = vr;
        }
    }

    private final Kind kind;
    private final boolean longHeader;
    private final int unitSize;
    private final byte padding;
    private final int maxLength;
    /** The two ASCII characters packed big-endian, as they appear in an explicit VR header. */
    public final int code;

    VR(Kind kind, boolean longHeader, int unitSize, int padding, int maxLength) {
        this.kind = kind;
        this.longHeader = longHeader;
        this.unitSize = unitSize;
        this.padding = (byte) padding;
        this.maxLength = maxLength;
        this.code = (name().charAt(0) << 8) | name().charAt(1);
    }

    /** The VR whose two ASCII bytes are {@code b0 b1}, or {@code null} when they name no VR. */
    public static VR ofCode(int b0, int b1) {
        return BY_CODE[((b0 & 0xFF) << 8) | (b1 & 0xFF)];
    }

    /** The VR named by a two-letter string, or {@code null}. */
    public static VR ofName(String name) {
        return name != null && name.length() == 2 ? ofCode(name.charAt(0), name.charAt(1)) : null;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether explicit VR encoding uses the 12-byte header with a 32-bit length (PS3.5 Table 7.1-1). */
    public boolean longHeader() {
        return longHeader;
    }

    /** Size in bytes of one binary value; the unit swapped between byte orders (1 when nothing is swapped). */
    public int unitSize() {
        return unitSize;
    }

    /** The byte that pads an odd-length value to even length (PS3.5 6.2). */
    public byte padding() {
        return padding;
    }

    /** Maximum length of one value in characters (strings) or bytes (binary); 0 when unbounded. */
    public int maxLength() {
        return maxLength;
    }

    /** Whether the value is text (any string VR). */
    public boolean isString() {
        return kind == Kind.STRING || kind == Kind.STRING_SINGLE || kind == Kind.TEXT || kind == Kind.TEXT_SINGLE;
    }

    /** Whether Specific Character Set (0008,0005) applies to the value (PS3.5 6.1.2.3). */
    public boolean usesCharacterSet() {
        return kind == Kind.TEXT || kind == Kind.TEXT_SINGLE;
    }

    /** Whether a backslash separates multiple values (false for ST, LT, UT, UR). */
    public boolean isMultiValued() {
        return kind == Kind.STRING || kind == Kind.TEXT;
    }

    /** Whether the value is a sequence of fixed-size binary numbers that must be swapped for big-endian. */
    public boolean isBinary() {
        return kind == Kind.BINARY || kind == Kind.BULK;
    }
}
