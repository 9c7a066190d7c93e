// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

    static Stream<Arguments> syntaxesAndLengths() {
        return TransferSyntaxes.nativeSyntaxes().stream()
                .flatMap(ts -> Stream.of(Arguments.of(ts, WriteOptions.DEFAULT), Arguments.of(ts, WriteOptions.DEFINED_LENGTHS)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("syntaxesAndLengths")
    void richDataSetReadsBackIdenticalInEveryNativeSyntax(TransferSyntax ts, WriteOptions options) {
        DataSet original = Fixtures.rich();
        DicomFile back = Fixtures.read(Fixtures.write(original, ts, options));

        assertThat(back.transferSyntax()).isEqualTo(ts);
        assertThat(back.warnings()).isEmpty();
        assertThat(back.dataSet()).isEqualTo(ts.explicitVR() ? original : asImplicitReadsIt(original));
        assertThat(back.dataSet().getString(0x00080080)).isEqualTo("Hôpital Général");
        assertThat(back.dataSet().getLongs(0x00720083)).containsExactly(-1L, 7L);
    }

    /** In implicit VR a private element has no known VR: it reads back as UN with the same bytes. */
    private static DataSet asImplicitReadsIt(DataSet ds) {
        DataSet copy = new DataSet();
        for (Element e : ds) {
            boolean unknownPrivate = Tags.isPrivate(e.tag()) && !Tags.isPrivateCreator(e.tag());
            copy.put(unknownPrivate && e.hasBytes() ? e.withVR(VR.UN) : e);
        }
        return copy;
    }

    @Test
    void encapsulatedPixelDataIsKeptFragmentForFragment() {
        DataSet original = Fixtures.encapsulated();
        TransferSyntax jpeg = TransferSyntaxes.lookup("1.2.840.10008.1.2.4.50");
        DicomFile back = Fixtures.read(Fixtures.write(original, jpeg, WriteOptions.DEFAULT));

        assertThat(back.transferSyntax()).isEqualTo(jpeg);
        assertThat(back.dataSet()).isNotEqualTo(original); // the odd fragment was padded to even length
        var f = back.dataSet().get(0x7FE00010).fragments();
        assertThat(f.size()).isEqualTo(2);
        assertThat(f.offsets()).containsExactly(0L, 12L);
        assertThat(f.fragment(1)).containsExactly(0xFF, 0xD8, 3, 0);
        assertThat(back.warnings()).isEmpty();
    }

    @Test
    void fileWrittenToDiskKeepsPixelDataLazyAndReadsBackTheSame(@TempDir Path dir) {
        Path file = dir.resolve("rich.dcm");
        DataSet ds = Fixtures.rich();
        DicomWriter.write(file, DicomFile.of(null, ds, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN),
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.DEFAULT);
        DicomFile back = DicomReader.read(file);

        assertThat(back.dataSet().get(0x7FE00010).isBulkData()).isTrue();
        assertThat(back.dataSet()).isEqualTo(ds);
        assertThat(back.fileMeta().getString(0x00020010)).isEqualTo("1.2.840.10008.1.2.1");
        assertThat(back.fileMeta().getString(0x00020003)).isEqualTo("2.25.1234567890");
        assertThat(back.hasPreamble()).isTrue();
    }

    @Test
    void rewritingAFileOntoItselfReplacesItWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("self.dcm");
        DicomWriter.write(file, DicomFile.of(null, Fixtures.rich(), TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
        DicomFile first = DicomReader.read(file);
        DicomWriter.write(file, first, TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN, WriteOptions.DEFAULT);

        assertThat(DicomReader.read(file).dataSet()).isEqualTo(Fixtures.rich());
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void realSeriesRoundTripsInEveryNativeSyntax() throws IOException {
        Path series = Fixtures.realSeries();
        Assumptions.assumeTrue(Files.isDirectory(series), "shared/data/sample_series not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(series)) {
            files = s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
        assertThat(files).hasSize(174);
        for (Path p : files) {
            DicomFile original = DicomReader.read(p);
            assertThat(original.warnings()).as(p.toString()).isEmpty();
            for (TransferSyntax ts : TransferSyntaxes.nativeSyntaxes()) {
                DicomFile back = Fixtures.read(Fixtures.write(original.dataSet(), ts, WriteOptions.DEFAULT));
                assertThat(back.dataSet()).as(p.getFileName() + " in " + ts.shortName()).isEqualTo(original.dataSet());
            }
        }
    }

    @Test
    void realSliceHasTheValuesTheReferenceGives() {
        Path file = Fixtures.realSeries().resolve("IM-0001-0001.dcm");
        Assumptions.assumeTrue(Files.exists(file), "shared/data/sample_series not present");
        DicomFile f = DicomReader.read(file);
        DataSet ds = f.dataSet();

        assertThat(f.transferSyntax()).isEqualTo(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        assertThat(ds.getString(0x00100010)).isEqualTo("CEREBRIX");
        assertThat(ds.getString(0x00100020)).isEqualTo("XsxuId");
        assertThat(ds.getInt(0x00280010, -1)).isEqualTo(512);
        assertThat(ds.getInt(0x00280101, -1)).isEqualTo(12);
        assertThat(ds.getStrings(0x00281050)).containsExactly("35", "700");
        assertThat(ds.getDoubles(0x00281052)).containsExactly(-1024.0);
        assertThat(ds.getString(0x0008103E)).isEqualTo("CT FET Cerebral Natif  2.0mm");
        assertThat(ds.get(0x7FE00010).length()).isEqualTo(524288);
        assertThat(ds.getString(0x00321033)).contains("é");
    }
}
