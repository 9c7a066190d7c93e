// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes raw element bytes by hand, for inputs no conformant writer would make. */
final class Raw {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean bigEndian;

    Raw() {
        this(false);
    }

    Raw(boolean bigEndian) {
        this.bigEndian = bigEndian;
    }

    Raw preamble() {
        out.writeBytes(new byte[128]);
        return ascii("DICM");
    }

    /** A minimal meta group declaring {@code tsUid} (no group length). */
    Raw meta(String tsUid) {
        Raw le = new Raw(false);
        le.explicit(0x00020010, "UI", padded(tsUid, (byte) 0));
        out.writeBytes(le.bytes());
        return this;
    }

    Raw explicit(int tag, String vr, byte[] value) {
        tag(tag);
        ascii(vr);
        boolean longHeader = switch (vr) {
            case "OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV" -> true;
            default -> false;
        };
        if (longHeader) {
            u16(0);
            u32(value.length);
        } else {
            u16(value.length);
        }
        out.writeBytes(value);
        return this;
    }

    Raw explicit(int tag, String vr, String value) {
        return explicit(tag, vr, value.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Explicit header with a long length field, length given (for undefined lengths and lies). */
    Raw explicitHeader(int tag, String vr, long length) {
        tag(tag);
        ascii(vr);
        u16(0);
        u32(length);
        return this;
    }

    /** Short explicit header with a given 16-bit length. */
    Raw explicitShortHeader(int tag, String vr, int length) {
        tag(tag);
        ascii(vr);
        u16(length);
        return this;
    }

    Raw implicit(int tag, byte[] value) {
        tag(tag);
        u32(value.length);
        out.writeBytes(value);
        return this;
    }

    Raw implicit(int tag, String value) {
        return implicit(tag, value.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Item, delimiter, or implicit header with a given length. */
    Raw header(int tag, long length) {
        tag(tag);
        u32(length);
        return this;
    }

    Raw tag(int tag) {
        u16(tag >>> 16);
        return u16(tag & 0xFFFF);
    }

    Raw u16(int v) {
        if (bigEndian) {
            out.write(v >>> 8);
            out.write(v);
        } else {
            out.write(v);
            out.write(v >>> 8);
        }
        return this;
    }

    Raw u32(long v) {
        if (bigEndian) {
            u16((int) (v >>> 16));
            return u16((int) v);
        }
        u16((int) v);
        return u16((int) (v >>> 16));
    }

    Raw ascii(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    Raw bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    /** Bytes given as ints (0-255) for readability. */
    Raw octets(int... b) {
        for (int v : b) {
            out.write(v);
        }
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    static byte[] padded(String s, byte pad) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        if ((b.length & 1) == 0) {
            return b;
        }
        byte[] p = java.util.Arrays.copyOf(b, b.length + 1);
        p[b.length] = pad;
        return p;
    }
}
