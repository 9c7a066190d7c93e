// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

/**
 * JPEG marker codes (ITU-T T.81 Table B.1): the second byte of a marker, the one after {@code 0xFF}.
 */
public final class Markers {
    /** Start of frame, baseline DCT. */
    public static final int SOF0 = 0xC0;
    /** Start of frame, extended sequential DCT, Huffman. */
    public static final int SOF1 = 0xC1;
    /** Start of frame, progressive DCT, Huffman. */
    public static final int SOF2 = 0xC2;
    /** Start of frame, lossless (sequential), Huffman. */
    public static final int SOF3 = 0xC3;
    /** Define Huffman tables. */
    public static final int DHT = 0xC4;
    /** Start of frame, differential sequential DCT, Huffman. */
    public static final int SOF5 = 0xC5;
    /** Start of frame, differential progressive DCT, Huffman. */
    public static final int SOF6 = 0xC6;
    /** Start of frame, differential lossless, Huffman. */
    public static final int SOF7 = 0xC7;
    /** Reserved for JPEG extensions. */
    public static final int JPG = 0xC8;
    /** Start of frame, extended sequential DCT, arithmetic. */
    public static final int SOF9 = 0xC9;
    /** Start of frame, progressive DCT, arithmetic. */
    public static final int SOF10 = 0xCA;
    /** Start of frame, lossless (sequential), arithmetic. */
    public static final int SOF11 = 0xCB;
    /** Define arithmetic coding conditioning. */
    public static final int DAC = 0xCC;
    /** Start of frame, differential sequential DCT, arithmetic. */
    public static final int SOF13 = 0xCD;
    /** Start of frame, differential progressive DCT, arithmetic. */
    public static final int SOF14 = 0xCE;
    /** Start of frame, differential lossless, arithmetic. */
    public static final int SOF15 = 0xCF;
    /** First restart marker; RSTm is {@code RST0 + m}, m = 0..7. */
    public static final int RST0 = 0xD0;
    public static final int RST1 = 0xD1;
    public static final int RST2 = 0xD2;
    public static final int RST3 = 0xD3;
    public static final int RST4 = 0xD4;
    public static final int RST5 = 0xD5;
    public static final int RST6 = 0xD6;
    public static final int RST7 = 0xD7;
    /** Start of image. */
    public static final int SOI = 0xD8;
    /** End of image. */
    public static final int EOI = 0xD9;
    /** Start of scan. */
    public static final int SOS = 0xDA;
    /** Define quantization tables. */
    public static final int DQT = 0xDB;
    /** Define number of lines. */
    public static final int DNL = 0xDC;
    /** Define restart interval. */
    public static final int DRI = 0xDD;
    /** Define hierarchical progression. */
    public static final int DHP = 0xDE;
    /** Expand reference components. */
    public static final int EXP = 0xDF;
    /** First application segment; APPn is {@code APP0 + n}, n = 0..15. */
    public static final int APP0 = 0xE0;
    public static final int APP1 = 0xE1;
    public static final int APP2 = 0xE2;
    public static final int APP14 = 0xEE;
    public static final int APP15 = 0xEF;
    /** Comment. */
    public static final int COM = 0xFE;
    /** For temporary private use in arithmetic coding; stands alone (no length). */
    public static final int TEM = 0x01;

    private Markers() {
    }

    /** Whether {@code marker} starts a frame (SOF0..SOF15, which excludes DHT, JPG and DAC). */
    public static boolean isSof(int marker) {
        return marker >= SOF0 && marker <= SOF15 && marker != DHT && marker != JPG && marker != DAC;
    }

    /** Whether {@code marker} is one of RST0..RST7. */
    public static boolean isRst(int marker) {
        return marker >= RST0 && marker <= RST7;
    }

    /** Whether {@code marker} is one of APP0..APP15. */
    public static boolean isApp(int marker) {
        return marker >= APP0 && marker <= APP15;
    }

    /** Whether {@code marker} stands alone, without a length field (SOI, EOI, RSTn, TEM). */
    public static boolean isStandalone(int marker) {
        return marker == SOI || marker == EOI || isRst(marker) || marker == TEM;
    }

    /** A readable name for messages, such as {@code "SOF3"}, {@code "RST5"} or {@code "FF12"}. */
    public static String name(int marker) {
        if (isSof(marker)) {
            return "SOF" + (marker - SOF0);
        }
        if (isRst(marker)) {
            return "RST" + (marker - RST0);
        }
        if (isApp(marker)) {
            return "APP" + (marker - APP0);
        }
        return switch (marker) {
            case DHT -> "DHT";
            case JPG -> "JPG";
            case DAC -> "DAC";
            case SOI -> "SOI";
            case EOI -> "EOI";
            case SOS -> "SOS";
            case DQT -> "DQT";
            case DNL -> "DNL";
            case DRI -> "DRI";
            case DHP -> "DHP";
            case EXP -> "EXP";
            case COM -> "COM";
            case TEM -> "TEM";
            default -> String.format("FF%02X", marker & 0xFF);
        };
    }
}
