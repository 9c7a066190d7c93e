// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.StreamedValue;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.pixel.NativeFrames;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * A large synthetic multi-frame image (16-bit MONOCHROME2, 12 bits stored) written frame by frame through a
 * {@link StreamedValue}, so a file of gigabytes is made in the memory of one frame; and frame checksums to compare
 * files by without holding them. Run as a program to make one by hand: {@code LargeMultiframe OUT FRAMES [SIZE]}.
 */
final class LargeMultiframe implements StreamedValue {
    private final int frames;
    private final int size;

    LargeMultiframe(int frames, int size) {
        this.frames = frames;
        this.size = size;
    }

    /** Writes {@code frames} frames of {@code size}x{@code size} to {@code out} in Explicit VR Little Endian. */
    static void write(Path out, int frames, int size) {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.7.3"); // Multi-frame Grayscale Word SC
        ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.4242");
        ds.setString(Tag.Modality, VR.CS, "OT");
        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setString(Tag.NumberOfFrames, VR.IS, Integer.toString(frames));
        ds.setInt(Tag.Rows, VR.US, size);
        ds.setInt(Tag.Columns, VR.US, size);
        ds.setInt(Tag.BitsAllocated, VR.US, 16);
        ds.setInt(Tag.BitsStored, VR.US, 12);
        ds.setInt(Tag.HighBit, VR.US, 11);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);
        ds.put(Element.ofStreamed(Tag.PixelData, VR.OW, new LargeMultiframe(frames, size)));
        DicomWriter.write(out, DicomFile.of(null, ds, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
    }

    /** Frame {@code f}: a gradient that moves from frame to frame, with a little noise so codecs have work. */
    static byte[] frame(int f, int size) {
        byte[] b = new byte[size * size * 2];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int noise = (x * 73856093 ^ y * 19349663 ^ f * 83492791) >>> 29;
                int v = (x * 3 + y * 5 + f * 7 + noise) & 0xFFF;
                int i = (y * size + x) * 2;
                b[i] = (byte) v;
                b[i + 1] = (byte) (v >>> 8);
            }
        }
        return b;
    }

    /** CRC-32 of each frame as made. */
    static long[] checksums(int frames, int size) {
        long[] out = new long[frames];
        for (int f = 0; f < frames; f++) {
            out[f] = crc(frame(f, size));
        }
        return out;
    }

    /** CRC-32 of each native frame of a file, each read alone from its byte range. */
    static long[] checksums(Path file) {
        DicomFile df = DicomReader.read(file, ReadOptions.DEFAULT);
        NativeFrames nf = NativeFrames.of(df.dataSet());
        long[] out = new long[nf.image().frames()];
        for (int f = 0; f < out.length; f++) {
            out[f] = crc(nf.frame(f));
        }
        return out;
    }

    private static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    @Override
    public long length() {
        return (long) frames * size * size * 2;
    }

    @Override
    public void writeTo(Sink sink) throws IOException {
        for (int f = 0; f < frames; f++) {
            byte[] b = frame(f, size);
            sink.write(b, 0, b.length);
        }
    }

    public static void main(String[] args) {
        write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 512);
    }
}
