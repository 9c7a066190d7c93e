// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomFile;
import org.dicomtools.ts.TransferSyntaxes;

/** Small images built in code for codec tests, and the real series when it is there. */
final class Images {
    private Images() {
    }

    static Path realSlice() {
        Path p = Path.of("").toAbsolutePath().resolve("../../shared/data/sample_series/IM-0001-0001.dcm").normalize();
        return Files.exists(p) ? p : null;
    }

    static Path realSeries() {
        Path p = Path.of("").toAbsolutePath().resolve("../../shared/data/sample_series").normalize();
        return Files.isDirectory(p) ? p : null;
    }

    /** A grey image with a smooth pattern plus noise, values spanning {@code bitsStored}. */
    static DataSet grey(int columns, int rows, int frames, int bitsAllocated, int bitsStored, boolean signed) {
        DataSet ds = header(columns, rows, frames, 1, bitsAllocated, bitsStored, signed, "MONOCHROME2");
        Random random = new Random(columns * 31L + rows * 7L + bitsStored);
        int bytes = bitsAllocated / 8;
        byte[] px = new byte[columns * rows * frames * bytes];
        long range = 1L << bitsStored;
        for (int f = 0; f < frames; f++) {
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < columns; x++) {
                    long v = ((long) (x * 997 + y * 631 + f * 111) * range / Math.max(columns * 997 + rows * 631, 1)
                            + random.nextInt(7)) % range;
                    if (signed && v >= range / 2) {
                        v -= range; // two's complement, sign-extended into the whole sample
                    }
                    put(px, ((f * rows + y) * columns + x) * bytes, bytes, v);
                }
            }
        }
        ds.setBytes(Tag.PixelData, bitsAllocated == 8 ? VR.OB : VR.OW, px);
        return ds;
    }

    /** An 8-bit RGB image, interleaved or by plane. */
    static DataSet rgb(int columns, int rows, int frames, boolean planar) {
        DataSet ds = header(columns, rows, frames, 3, 8, 8, false, "RGB");
        ds.setInt(Tag.PlanarConfiguration, VR.US, planar ? 1 : 0);
        byte[] px = new byte[columns * rows * frames * 3];
        int n = columns * rows;
        for (int f = 0; f < frames; f++) {
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < columns; x++) {
                    int p = y * columns + x;
                    int[] c = {x * 255 / Math.max(columns - 1, 1), y * 255 / Math.max(rows - 1, 1), (x + y + f * 40) & 0xFF};
                    for (int s = 0; s < 3; s++) {
                        int at = f * n * 3 + (planar ? s * n + p : p * 3 + s);
                        px[at] = (byte) c[s];
                    }
                }
            }
        }
        ds.setBytes(Tag.PixelData, VR.OB, px);
        return ds;
    }

    private static DataSet header(int columns, int rows, int frames, int samples, int bitsAllocated, int bitsStored,
                                  boolean signed, String photometric) {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.42");
        ds.setInt(Tag.SamplesPerPixel, VR.US, samples);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, photometric);
        if (frames > 1) {
            ds.setString(Tag.NumberOfFrames, VR.IS, Integer.toString(frames));
        }
        ds.setInt(Tag.Rows, VR.US, rows);
        ds.setInt(Tag.Columns, VR.US, columns);
        ds.setInt(Tag.BitsAllocated, VR.US, bitsAllocated);
        ds.setInt(Tag.BitsStored, VR.US, bitsStored);
        ds.setInt(Tag.HighBit, VR.US, bitsStored - 1);
        ds.setInt(Tag.PixelRepresentation, VR.US, signed ? 1 : 0);
        return ds;
    }

    private static void put(byte[] b, int off, int bytes, long v) {
        for (int k = 0; k < bytes; k++) {
            b[off + k] = (byte) (v >>> (8 * k));
        }
    }

    static DicomFile file(DataSet ds) {
        return DicomFile.of(null, ds, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
    }

    /** Peak signal-to-noise ratio in dB of two sample buffers of {@code bytes}-byte unsigned samples. */
    static double psnr(byte[] a, byte[] b, int bytes, int bitsStored) {
        double se = 0;
        int n = a.length / bytes;
        for (int i = 0; i < n; i++) {
            long x = 0;
            long y = 0;
            for (int k = bytes - 1; k >= 0; k--) {
                x = x << 8 | (a[i * bytes + k] & 0xFF);
                y = y << 8 | (b[i * bytes + k] & 0xFF);
            }
            se += (double) (x - y) * (x - y);
        }
        double mse = se / n;
        double peak = (1L << bitsStored) - 1;
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(peak * peak / mse);
    }

    static byte[] pixels(DataSet ds) {
        return ds.get(Tag.PixelData).bytes();
    }

    static int u16(byte[] b, int i) {
        return Values.u16(b, i * 2);
    }
}
