// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import org.dicomtools.codec.jpeg.Markers;

/**
 * The markers JPEG-LS adds to T.81's (T.87 Table C.1) and the marker segments the encoder writes (T.87 C.2).
 */
final class LsMarkers {
    /** Start of frame, JPEG-LS. */
    static final int SOF55 = 0xF7;
    /** JPEG-LS preset parameters. */
    static final int LSE = 0xF8;
    /** Start of frame, JPEG-LS extensions (ISO/IEC 14495-2), not supported. */
    static final int SOF57 = 0xF9;
    /** APP8, where HP's encoder notes its colour transform ("mrfx"). */
    static final int APP8 = 0xE8;

    private LsMarkers() {
    }

    /** A readable name for messages. */
    static String name(int marker) {
        return switch (marker) {
            case SOF55 -> "SOF55";
            case LSE -> "LSE";
            case SOF57 -> "SOF57";
            default -> Markers.name(marker);
        };
    }

    /** SOF55 (T.87 C.2.2): precision, size and {@code components} components numbered 1.., not subsampled. */
    static void frameHeader(LsBitWriter out, int precision, int width, int height, int components) {
        out.putMarker(SOF55);
        out.putU16(8 + 3 * components);
        out.putByte(precision);
        out.putU16(height);
        out.putU16(width);
        out.putByte(components);
        for (int c = 1; c <= components; c++) {
            out.putByte(c);
            out.putByte(0x11);
            out.putByte(0);
        }
    }

    /** LSE of type 1 (T.87 C.2.4.1.1): the preset coding parameters. */
    static void presetParameters(LsBitWriter out, PresetParameters p) {
        out.putMarker(LSE);
        out.putU16(13);
        out.putByte(1);
        out.putU16(p.maxVal());
        out.putU16(p.t1());
        out.putU16(p.t2());
        out.putU16(p.t3());
        out.putU16(p.reset());
    }

    /** DRI (T.81 B.2.4.4 as T.87 C.2.5 extends it): the restart interval in lines, here at most 65535. */
    static void restartInterval(LsBitWriter out, int lines) {
        out.putMarker(Markers.DRI);
        out.putU16(4);
        out.putU16(lines);
    }

    /** SOS (T.87 C.2.3): the components (1-based ids), NEAR and the interleave mode; no mapping tables. */
    static void scanHeader(LsBitWriter out, int[] componentIds, int near, int ilv) {
        out.putMarker(Markers.SOS);
        out.putU16(6 + 2 * componentIds.length);
        out.putByte(componentIds.length);
        for (int id : componentIds) {
            out.putByte(id);
            out.putByte(0);
        }
        out.putByte(near);
        out.putByte(ilv);
        out.putByte(0);
    }
}
