// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.pixel.Frame;

/** Frames and attributes built in code for the render tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** A grey frame of one row. */
    static Frame grey(int bits, boolean signed, String photometric, int... values) {
        return new Frame(values.length, 1, 1, bits, signed, photometric, values, null);
    }

    /** A colour frame of one row, samples pixel-interleaved. */
    static Frame colour(String photometric, int... samples) {
        return new Frame(samples.length / 3, 1, 3, 8, false, photometric, samples, null);
    }

    /** 16-bit little-endian words. */
    static byte[] words(int... values) {
        byte[] b = new byte[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            Values.putU16(b, 2 * i, values[i]);
        }
        return b;
    }

    /** Bytes from ints 0..255. */
    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** Puts a LUT Descriptor-like element: three US values (the second as the 16-bit pattern of a signed value). */
    static void descriptor(DataSet ds, int tag, int entries, int firstMapped, int bits) {
        ds.setBytes(tag, VR.US, words(entries, firstMapped & 0xFFFF, bits));
    }

    /** Puts a data set's Window Center and Width. */
    static void windows(DataSet ds, String centers, String widths) {
        ds.setString(Tag.WindowCenter, VR.DS, centers.split("\\\\"));
        ds.setString(Tag.WindowWidth, VR.DS, widths.split("\\\\"));
    }
}
