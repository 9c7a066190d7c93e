// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.pixel;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.FileMeta;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;

/** Small images built in code for the frame reader tests. */
final class TestImages {
    private TestImages() {
    }

    /** An Image Pixel module without pixel data. */
    static DataSet image(int columns, int rows, int samples, int allocated, int stored, boolean signed,
                         String photometric) {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPClassUID, VR.UI, Uid.SecondaryCaptureImageStorage);
        ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.1234");
        ds.setInt(Tag.SamplesPerPixel, VR.US, samples);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, photometric);
        if (samples > 1) {
            ds.setInt(Tag.PlanarConfiguration, VR.US, 0);
        }
        ds.setInt(Tag.Rows, VR.US, rows);
        ds.setInt(Tag.Columns, VR.US, columns);
        ds.setInt(Tag.BitsAllocated, VR.US, allocated);
        ds.setInt(Tag.BitsStored, VR.US, stored);
        ds.setInt(Tag.HighBit, VR.US, stored - 1);
        ds.setInt(Tag.PixelRepresentation, VR.US, signed ? 1 : 0);
        return ds;
    }

    static DataSet grey(int columns, int rows, int allocated, int stored, boolean signed) {
        return image(columns, rows, 1, allocated, stored, signed, "MONOCHROME2");
    }

    static DicomFile file(DataSet ds) {
        return file(ds, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
    }

    static DicomFile file(DataSet ds, TransferSyntax ts) {
        return DicomFile.of(FileMeta.create(null, ds, ts), ds, ts);
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] words(int... values) {
        byte[] out = new byte[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            out[2 * i] = (byte) values[i];
            out[2 * i + 1] = (byte) (values[i] >> 8);
        }
        return out;
    }

    static byte[] longs(long... values) {
        byte[] out = new byte[values.length * 4];
        for (int i = 0; i < values.length; i++) {
            for (int k = 0; k < 4; k++) {
                out[4 * i + k] = (byte) (values[i] >> 8 * k);
            }
        }
        return out;
    }

    /** Bits packed eight to a byte, the first in the least significant bit. */
    static byte[] packBits(int[] bits) {
        byte[] out = new byte[(bits.length + 7) / 8 + ((bits.length + 7) / 8 & 1)];
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] != 0) {
                out[i / 8] |= (byte) (1 << (i % 8));
            }
        }
        return out;
    }
}
