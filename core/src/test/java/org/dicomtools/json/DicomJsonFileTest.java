// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dicomtools.data.BulkData;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.VR;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.FileMeta;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON round trips of Part 10 files, and values referenced in their file by BulkDataURI. */
class DicomJsonFileTest {
    private static final int PRIVATE_BLOB = 0x00091010;

    @TempDir
    Path tmp;

    @Test
    void realCtSliceSurvivesJsonAndAPart10RoundTrip() {
        Path ct = TestData.sampleCt();
        assumeTrue(ct != null, "shared sample CT slice not on this machine");
        DicomFile original = DicomReader.read(ct);
        assertThat(original.dataSet().get(TestData.PIXEL_DATA)).isNotNull();

        // This file pads some text values with NUL instead of a space; JSON keeps values, not padding, so those come
        // back space-padded. Everything else, pixel data included, must come back byte for byte.
        DataSet expected = TestData.withSpacePadding(original.dataSet(), null);

        String json = DicomJsonWriter.toJson(original.dataSet(), JsonWriteOptions.DEFAULT);
        DataSet fromJson = DicomJsonReader.read(json);
        assertThat(TestData.differences(expected, fromJson)).isEmpty();

        Path out = tmp.resolve("from-json.dcm");
        TransferSyntax ts = TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;
        DicomWriter.write(out, DicomFile.of(original.fileMeta(), fromJson, ts), ts, WriteOptions.DEFAULT);
        DicomFile again = DicomReader.read(out);
        assertThat(again.warnings()).isEmpty();
        assertThat(TestData.differences(fromJson, again.dataSet())).isEmpty();
        assertThat(TestData.differences(expected, again.dataSet())).isEmpty();
        assertThat(again.dataSet().get(TestData.PIXEL_DATA).bytes())
                .isEqualTo(original.dataSet().get(TestData.PIXEL_DATA).bytes());
    }

    @Test
    void realCtSlicePixelDataByBulkDataUri() {
        Path ct = TestData.sampleCt();
        assumeTrue(ct != null, "shared sample CT slice not on this machine");
        DataSet ds = DicomReader.read(ct).dataSet();
        BulkData pixels = ds.get(TestData.PIXEL_DATA).bulkData();
        assertThat(pixels).isNotNull();

        String json = DicomJsonWriter.toJson(ds, JsonWriteOptions.BULK_DATA_URI);
        assertThat(json).contains("\"7FE00010\":{\"vr\":\"" + ds.get(TestData.PIXEL_DATA).vr() + "\",\"BulkDataURI\":\""
                + ct.toAbsolutePath().toUri() + "?offset=" + pixels.offset() + "&length=" + pixels.length() + "\"}");
        DataSet back = DicomJsonReader.read(json);
        assertThat(back.get(TestData.PIXEL_DATA).bulkData()).isEqualTo(pixels);
        assertThat(back.get(TestData.PIXEL_DATA)).isEqualTo(ds.get(TestData.PIXEL_DATA));
        assertThat(TestData.differences(TestData.withSpacePadding(ds, null), back)).isEmpty();
    }

    @Test
    void bulkDataUriResolvesBackToTheSameBytes() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("a b#c?d"));
        DataSet written = withLargeValues();
        Path file = write(dir.resolve("large.dcm"), written, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        DataSet ds = DicomReader.read(file).dataSet();
        assertThat(ds.get(PRIVATE_BLOB).isBulkData()).isTrue();
        assertThat(ds.get(TestData.PIXEL_DATA).isBulkData()).isTrue();

        String json = DicomJsonWriter.toJson(ds, JsonWriteOptions.BULK_DATA_URI);
        assertThat(json).doesNotContain("InlineBinary").contains("a%20b%23c%3Fd/large.dcm?offset=");

        DataSet back = DicomJsonReader.read(json);
        for (int tag : new int[] {PRIVATE_BLOB, TestData.PIXEL_DATA}) {
            Element e = back.get(tag);
            assertThat(e.isBulkData()).isTrue();
            assertThat(e.bulkData().path()).isEqualTo(file.toAbsolutePath());
            assertThat(e.bytes()).isEqualTo(ds.get(tag).bytes());
        }
        assertThat(TestData.differences(ds, back)).isEmpty();
        assertThat(back.get(TestData.PIXEL_DATA).bytes()).isEqualTo(written.get(TestData.PIXEL_DATA).bytes());
        // Without the option the same values are inline and the JSON stands alone.
        String inline = DicomJsonWriter.toJson(ds, JsonWriteOptions.DEFAULT);
        assertThat(inline).doesNotContain("BulkDataURI");
        assertThat(TestData.differences(ds, DicomJsonReader.read(inline))).isEmpty();
    }

    @Test
    void valuesOfBigEndianFilesStayInline() {
        DataSet written = withLargeValues();
        Path file = write(tmp.resolve("big.dcm"), written, TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN);
        DataSet ds = DicomReader.read(file).dataSet();
        assertThat(ds.get(TestData.PIXEL_DATA).bulkData().swapUnit()).isEqualTo(2);

        String json = DicomJsonWriter.toJson(ds, JsonWriteOptions.BULK_DATA_URI);
        assertThat(json).contains("\"7FE00010\":{\"vr\":\"OW\",\"InlineBinary\":");
        DataSet back = DicomJsonReader.read(json);
        assertThat(TestData.differences(ds, back)).isEmpty();
        assertThat(back.get(TestData.PIXEL_DATA).bytes()).isEqualTo(written.get(TestData.PIXEL_DATA).bytes());
    }

    @Test
    void otherUrisCannotBeResolved() {
        String json = "{\"7FE00010\":{\"vr\":\"OW\",\"BulkDataURI\":\"http://example.org/studies/1/bulk\"}}";
        assertThatThrownBy(() -> DicomJsonReader.read(json))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("cannot resolve BulkDataURI http://example.org/studies/1/bulk");
        String missing = "{\"7FE00010\":{\"vr\":\"OW\",\"BulkDataURI\":\""
                + tmp.resolve("gone.dcm").toUri() + "?offset=0&length=2\"}}";
        assertThatThrownBy(() -> DicomJsonReader.read(missing))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("cannot resolve BulkDataURI").hasMessageContaining("no such file");
    }

    private static DataSet withLargeValues() {
        DataSet ds = new DataSet();
        ds.setString(0x00080016, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.setString(0x00080018, VR.UI, "1.2.3.4.5.6.7.8");
        ds.setString(0x00090010, VR.LO, "ACME 1.0");
        byte[] blob = new byte[70_001];
        byte[] pixels = new byte[128 * 1024];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 31 + (i >> 8));
            if (i < blob.length) {
                blob[i] = (byte) (i ^ 0x5A);
            }
        }
        ds.setBytes(PRIVATE_BLOB, VR.OB, blob);
        ds.setBytes(TestData.PIXEL_DATA, VR.OW, pixels);
        return ds;
    }

    private static Path write(Path file, DataSet ds, TransferSyntax ts) {
        DicomWriter.write(file, DicomFile.of(FileMeta.create(null, ds, ts), ds, ts), ts, WriteOptions.DEFAULT);
        return file;
    }
}
