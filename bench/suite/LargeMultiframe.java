// SPDX-License-Identifier: Apache-2.0
// Writes one large multi-frame file for the suite's -Xmx256m check, with the dicom-tools library (run as a single-file
// program: java -cp cli/target/dicom-tools.jar bench/suite/LargeMultiframe.java OUT.dcm FRAMES [SIZE]).
// The frames cycle through 16 slices of the sample CT head phantom (16-bit signed, Hounsfield + 1024), so they compress
// like real CT. The pixels go to a raw file first and reach the DICOM file as bulk data copied by DicomWriter: neither
// this program nor the file it writes ever needs the 2 GB in memory.

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.dicomtools.data.BulkData;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.Uid;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.FileMeta;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.sample.CtSeries;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;

public final class LargeMultiframe {
    private static final int DISTINCT_FRAMES = 16;

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: LargeMultiframe OUT.dcm FRAMES [SIZE]");
            System.exit(1);
        }
        Path out = Path.of(args[0]).toAbsolutePath();
        int frames = Integer.parseInt(args[1]);
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 512;
        List<DataSet> slices = CtSeries.build(DISTINCT_FRAMES, size);
        long frameBytes = 2L * size * size;
        long total = frameBytes * frames;
        // Pixel Data of defined length: the value must fit in 32 bits (PS3.5 7.1.1), and even.
        if (total > 0xFFFF_FFFEL) {
            throw new IllegalArgumentException(frames + " frames of " + size + "x" + size + " exceed 4 GB");
        }
        Path raw = Files.createTempFile(out.getParent(), "frames", ".raw");
        try {
            try (FileChannel ch = FileChannel.open(raw, StandardOpenOption.WRITE)) {
                for (int i = 0; i < frames; i++) {
                    ByteBuffer frame = ByteBuffer.wrap(slices.get(i % DISTINCT_FRAMES).get(Tag.PixelData).bytes());
                    while (frame.hasRemaining()) {
                        ch.write(frame);
                    }
                }
            }
            DataSet ds = slices.get(0).shallowCopy();
            // Multi-frame Grayscale Word Secondary Capture (PS3.3 A.8.3): a plain multi-frame IOD with no per-frame
            // functional groups, so every frame shares the CT slice's rescale and windows.
            ds.setString(Tag.SOPClassUID, VR.UI, Uid.MultiFrameGrayscaleWordSecondaryCaptureImageStorage);
            ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.3304209517113048730581123090263472" + frames);
            ds.setString(Tag.NumberOfFrames, VR.IS, Integer.toString(frames));
            ds.setBytes(Tag.FrameIncrementPointer, VR.AT, Values.encodeTags(Tag.FrameTime));
            ds.setString(Tag.FrameTime, VR.DS, "40");
            ds.setString(Tag.SeriesDescription, VR.LO, "LARGE MULTI-FRAME FOR THE MEMORY CHECK");
            ds.remove(Tag.ImagePositionPatient);
            ds.remove(Tag.SliceLocation);
            ds.put(Element.ofBulkData(Tag.PixelData, VR.OW, new BulkData(raw, 0, total)));
            TransferSyntax ts = TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;
            DicomWriter.write(out, DicomFile.of(FileMeta.create(null, ds, ts), ds, ts), ts, WriteOptions.DEFAULT);
        } finally {
            Files.deleteIfExists(raw);
        }
        System.out.println(out + ": " + frames + " frames of " + size + "x" + size + ", " + Files.size(out) + " bytes");
    }
}
