// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dicomtools.data.BulkData;
import org.dicomtools.data.DataSet;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection of the encoding and the repairs of recoverable faults, each reported with offset and tag path. */
class ReaderLeniencyTest {
    private static final String EXPLICIT = "1.2.840.10008.1.2.1";

    @Test
    void readsImplicitLittleEndianWithoutPreambleOrMeta() {
        byte[] b = new Raw().implicit(0x00080060, "CT").implicit(0x00100010, "Doe^John").implicit(0x00280010,
                new byte[] {0, 2}).bytes();
        DicomFile f = Fixtures.read(b);
        assertThat(f.transferSyntax()).isEqualTo(TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN);
        assertThat(f.hasPreamble()).isFalse();
        assertThat(f.fileMeta().isEmpty()).isTrue();
        assertThat(f.dataSet().getString(0x00100010)).isEqualTo("Doe^John");
        assertThat(f.dataSet().getInt(0x00280010, 0)).isEqualTo(512);
    }

    @Test
    void detectsExplicitBigEndianWithoutMeta() {
        byte[] b = new Raw(true).explicit(0x00080060, "CS", "MR").explicit(0x00280010, "US", new byte[] {1, 0})
                .bytes();
        DicomFile f = Fixtures.read(b);
        assertThat(f.transferSyntax()).isEqualTo(TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN);
        assertThat(f.dataSet().getInt(0x00280010, 0)).isEqualTo(256);
    }

    @Test
    void readsDataSetDeclaredExplicitButEncodedImplicitAndSaysSo() {
        byte[] b = new Raw().preamble().meta(EXPLICIT).implicit(0x00080060, "CT").implicit(0x00100010, "A^BC").bytes();
        DicomFile f = Fixtures.read(b);
        assertThat(f.transferSyntax()).isEqualTo(TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN);
        assertThat(f.dataSet().getString(0x00100010)).isEqualTo("A^BC");
        assertThat(f.warnings()).singleElement().extracting(ReadWarning::message).asString()
                .contains("encoded as Implicit VR Little Endian");
    }

    @Test
    void missingTransferSyntaxInMetaIsDetectedWithAWarning() {
        byte[] b = new Raw().preamble().explicit(0x00020002, "UI", Raw.padded("1.2.3", (byte) 0))
                .explicit(0x00080060, "CS", "CT").bytes();
        DicomFile f = Fixtures.read(b);
        assertThat(f.transferSyntax()).isEqualTo(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        assertThat(f.dataSet().getString(0x00080060)).isEqualTo("CT");
        assertThat(f.warnings()).extracting(ReadWarning::message).anyMatch(m -> m.contains("no (0002,0010)"));
    }

    @Test
    void toleratesOddLengthAndReportsItWithOffsetAndTag() {
        byte[] b = new Raw().preamble().meta(EXPLICIT).explicit(0x00100010, "PN", "Odd").explicit(0x00100020, "LO",
                "ID").bytes();
        DicomFile f = Fixtures.read(b);
        assertThat(f.dataSet().getString(0x00100010)).isEqualTo("Odd");
        assertThat(f.dataSet().getString(0x00100020)).isEqualTo("ID");
        ReadWarning w = f.warnings().get(0);
        assertThat(w.message()).contains("odd value length 3");
        assertThat(w.tagPath()).isEqualTo("(0010,0010)");
        assertThat(w.offset()).isEqualTo(132 + 28); // preamble, 'DICM', the 28-byte meta element
    }

    @Test
    void skipsStrayDelimitersWithWarnings() {
        byte[] b = new Raw().preamble().meta(EXPLICIT).explicit(0x00080060, "CS", "CT").header(0xFFFEE00D, 0)
                .header(0xFFFEE0DD, 0).explicit(0x00100010, "PN", "A^BC").bytes();
        DicomFile f = Fixtures.read(b);
        assertThat(f.dataSet().getString(0x00100010)).isEqualTo("A^BC");
        assertThat(f.warnings()).extracting(ReadWarning::message)
                .containsExactly("stray item delimitation item ignored", "stray sequence delimitation item ignored");
    }

    @Test
    void invalidVrBytesAreReadWithTheDictionaryVr() {
        byte[] b = new Raw().preamble().meta(EXPLICIT).explicit(0x00080060, "CS", "CT")
                .tag(0x00280010).u32(2).octets(0, 1)
                .explicit(0x00280011, "US", new byte[] {0, 1}).bytes();
        DicomFile f = Fixtures.read(b);
        assertThat(f.dataSet().get(0x00280010).vr().name()).isEqualTo("US");
        assertThat(f.dataSet().getInt(0x00280011, 0)).isEqualTo(256);
        assertThat(f.warnings()).singleElement().extracting(ReadWarning::message).asString()
                .contains("invalid VR bytes 02 00");
    }

    @Test
    void trailingGarbageAfterPixelDataIsIgnoredWithAWarning() {
        byte[] b = new Raw().preamble().meta(EXPLICIT).explicit(0x00080060, "CS", "CT")
                .explicit(0x7FE00010, "OW", new byte[] {1, 2, 3, 4}).octets(0, 0, 0, 0, 0x55, 0x55, 0x55, 0x55,
                        0x55, 0x55, 0x55)
                .bytes();
        DicomFile f = Fixtures.read(b);
        assertThat(f.dataSet().get(0x7FE00010).bytes()).containsExactly(1, 2, 3, 4);
        assertThat(f.warnings()).singleElement().extracting(ReadWarning::message).asString()
                .contains("after the data set ignored");
    }

    @Test
    void unknownVrOfUndefinedLengthIsReadAsImplicitSequencePerCp246() {
        Raw r = new Raw().preamble().meta(EXPLICIT).explicitHeader(0x00091010, "UN", 0xFFFFFFFFL);
        r.header(0xFFFEE000, 0xFFFFFFFFL).implicit(0x00100010, "In^Item").header(0xFFFEE00D, 0).header(0xFFFEE0DD, 0);
        r.explicit(0x00100020, "LO", "AFTER!");
        DicomFile f = Fixtures.read(r.bytes());
        DataSet item = f.dataSet().getSequence(0x00091010).get(0);
        assertThat(item.getString(0x00100010)).isEqualTo("In^Item");
        assertThat(f.dataSet().getString(0x00100020)).isEqualTo("AFTER!");
    }

    @Test
    void headerOnlyReadStopsBeforePixelDataAndGivesItsOffset(@TempDir Path dir) throws IOException {
        byte[] b = new Raw().preamble().meta(EXPLICIT).explicit(0x00080060, "CS", "CT")
                .explicit(0x7FE00010, "OW", new byte[1000]).bytes();
        Path file = dir.resolve("a.dcm");
        Files.write(file, b);
        DicomFile f = DicomReader.read(file, ReadOptions.HEADER_ONLY);
        assertThat(f.stoppedBeforePixels()).isTrue();
        assertThat(f.dataSet().contains(0x7FE00010)).isFalse();
        assertThat(f.pixelDataOffset()).isEqualTo(b.length - 1000 - 12);
    }

    @Test
    void pixelDataStaysInTheFileAsOffsetAndLength(@TempDir Path dir) throws IOException {
        byte[] pixels = new byte[300_000];
        pixels[299_999] = 42;
        byte[] b = new Raw().preamble().meta(EXPLICIT).explicit(0x7FE00010, "OW", pixels).bytes();
        Path file = dir.resolve("a.dcm");
        Files.write(file, b);
        BulkData bulk = DicomReader.read(file).dataSet().get(0x7FE00010).bulkData();
        assertThat(bulk.offset()).isEqualTo(b.length - 300_000);
        assertThat(bulk.length()).isEqualTo(300_000);
        assertThat(bulk.read(299_998, 2)).containsExactly(0, 42);
    }

    @Test
    void groupLengthsAreRecomputedWhenWritten() {
        DataSet ds = new DataSet();
        ds.setInt(0x00080000, org.dicomtools.data.VR.UL, 999);
        ds.setString(0x00080060, org.dicomtools.data.VR.CS, "CT");
        DicomFile back = Fixtures.read(Fixtures.write(ds, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN,
                WriteOptions.DEFAULT));
        assertThat(back.dataSet().getInt(0x00080000, 0)).isEqualTo(10);
    }

    @Test
    void outOfOrderAndDuplicateElementsAreReadWithWarnings() {
        byte[] b = new Raw().preamble().meta(EXPLICIT).explicit(0x00100020, "LO", "ID").explicit(0x00080060, "CS",
                "CT").explicit(0x00100020, "LO", "I2").explicit(0x00100030, "DA", "20000101").bytes();
        DicomFile f = Fixtures.read(b);
        assertThat(f.dataSet().getString(0x00080060)).isEqualTo("CT");
        assertThat(f.dataSet().getString(0x00100020)).isEqualTo("I2");
        assertThat(f.dataSet().getString(0x00100030)).isEqualTo("20000101");
        assertThat(f.warnings()).extracting(ReadWarning::message)
                .containsExactly("element out of order: (0008,0060) after (0010,0020)",
                        "duplicate element (0010,0020); the later value is kept");
    }

    @Test
    void zeroPaddingAfterTheDataSetIsTrailingGarbage() {
        byte[] b = new Raw().preamble().meta(EXPLICIT).explicit(0x00080060, "CS", "CT").bytes(new byte[64]).bytes();
        DicomFile f = Fixtures.read(b);
        assertThat(f.dataSet().size()).isEqualTo(1);
        assertThat(f.warnings()).singleElement().extracting(ReadWarning::message).asString()
                .contains("after the data set ignored", "(0000,0000) is not a valid next element");
    }
}
