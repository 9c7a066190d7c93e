// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.StreamedValue;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.OutputException;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value made while it is written is written exactly as the same bytes held in memory, in every byte order. */
class StreamedValueWriteTest {
    @TempDir
    Path dir;

    /** The bytes 0, 1, 2, ... handed over {@code piece} at a time, so units of 2 or 4 bytes fall across pieces. */
    private record Counting(int size, int piece, int extra) implements StreamedValue {
        @Override
        public long length() {
            return size;
        }

        @Override
        public void writeTo(Sink sink) throws IOException {
            byte[] all = expected(size + extra);
            for (int at = 0; at < all.length; at += piece) {
                sink.write(all, at, Math.min(piece, all.length - at));
            }
        }

        static byte[] expected(int length) {
            byte[] b = new byte[length];
            for (int i = 0; i < length; i++) {
                b[i] = (byte) (i * 13 + 1);
            }
            return b;
        }
    }

    private static byte[] write(Element e, TransferSyntax ts) throws IOException {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.7");
        ds.put(e);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.writeDataSet(out, ds, ts, WriteOptions.DEFAULT);
        return out.toByteArray();
    }

    @Test
    void writesTheSameBytesAsTheValueHeldInMemory() throws IOException {
        for (TransferSyntax ts : new TransferSyntax[] {TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN,
                TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN, TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN,
                TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN}) {
            for (VR vr : new VR[] {VR.OB, VR.OW, VR.OL}) {
                for (int piece : new int[] {1, 3, 7, 4096}) {
                    byte[] held = write(Element.ofBytes(Tag.PixelData, vr, Counting.expected(1000)), ts);
                    byte[] streamed = write(Element.ofStreamed(Tag.PixelData, vr, new Counting(1000, piece, 0)), ts);
                    assertThat(streamed).as(ts.name() + " " + vr + " in pieces of " + piece).isEqualTo(held);
                }
            }
        }
    }

    @Test
    void anOddLengthIsPaddedAsAHeldValueIs() throws IOException {
        byte[] held = write(Element.ofBytes(Tag.PixelData, VR.OB, Counting.expected(99)),
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        byte[] streamed = write(Element.ofStreamed(Tag.PixelData, VR.OB, new Counting(99, 10, 0)),
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        assertThat(streamed).isEqualTo(held);
    }

    @Test
    void readingTheElementMakesTheValueInMemory() {
        Element e = Element.ofStreamed(Tag.PixelData, VR.OW, new Counting(64, 5, 0));
        assertThat(e.length()).isEqualTo(64);
        assertThat(e.hasBytes()).isTrue();
        assertThat(e.bytes()).isEqualTo(Counting.expected(64));
        assertThat(e.bytes()).isEqualTo(Counting.expected(64)); // made anew each time
    }

    @Test
    void aValueLongerThanItSaidFailsTheWriteAndLeavesNoFile() {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.7");
        ds.put(Element.ofStreamed(Tag.PixelData, VR.OW, new Counting(100, 10, 2)));
        Path out = dir.resolve("out.dcm");
        assertThatThrownBy(() -> DicomWriter.write(out, DicomFile.of(null, ds,
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN)))
                .isInstanceOf(OutputException.class).hasMessageContaining("made 102 bytes but announced 100");
        assertThat(out).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aFileWrittenFromAStreamedValueReadsBack() throws IOException {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.7");
        ds.put(Element.ofStreamed(Tag.PixelData, VR.OW, new Counting(4000, 333, 0)));
        Path out = dir.resolve("out.dcm");
        DicomWriter.write(out, DicomFile.of(null, ds, TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN));
        DicomFile back = DicomReader.read(out, ReadOptions.DEFAULT);
        assertThat(back.dataSet().get(Tag.PixelData).bytes()).isEqualTo(Counting.expected(4000));
        assertThat(Files.size(out)).isGreaterThan(4000);
    }
}
