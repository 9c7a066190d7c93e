// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.pixel;

import org.dicomtools.data.BulkData;
import org.dicomtools.data.Element;
import org.dicomtools.data.Tags;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.error.MalformedDicomException;

/**
 * Byte ranges of a native pixel value (Pixel Data, Float Pixel Data, Double Float Pixel Data) that are not whole
 * frames of whole bytes: packed single-bit frames, whose frames may start inside a byte (PS3.5 8.1.1: frames are
 * concatenated without padding), and float frames. A value left in its file is read only over the range asked for.
 */
final class PixelBytes {
    private PixelBytes() {
    }

    /**
     * Checks that the value holds at least {@code expected} bytes; one byte fewer is accepted (an odd total length
     * some writers leave unpadded).
     */
    static void requireLength(Element e, String keyword, long expected, ImagePixel image, int bitsPerSample) {
        long actual = e.length();
        if (actual < expected && actual != expected - 1) {
            throw new MalformedDicomException(Tags.format(e.tag()) + " " + keyword + " holds " + actual + " bytes but "
                    + image.frames() + " frame(s) of " + image.columns() + "x" + image.rows() + "x"
                    + image.samplesPerPixel() + " at " + bitsPerSample + " bits need " + expected, -1,
                    Tags.format(e.tag()));
        }
    }

    /** {@code len} bytes from {@code from}; bytes past the end of the value read as 0. */
    static byte[] read(Element e, long from, long len) {
        if (len > Integer.MAX_VALUE - 8) {
            throw new InvalidValueException("a frame of " + len + " bytes is too large");
        }
        byte[] out = new byte[(int) len];
        long available = Math.max(0, Math.min(len, e.length() - from));
        if (available == 0) {
            return out;
        }
        BulkData bulk = e.bulkData();
        if (bulk != null) {
            byte[] part = bulk.read(from, (int) available);
            System.arraycopy(part, 0, out, 0, part.length);
        } else {
            System.arraycopy(e.bytes(), (int) from, out, 0, (int) available);
        }
        return out;
    }
}
