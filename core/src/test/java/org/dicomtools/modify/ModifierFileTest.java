// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Fragments;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.error.OutputException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.pixel.NativeFrames;
import org.dicomtools.sample.SampleStudy;
import org.dicomtools.transcode.TranscodeOptions;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModifierFileTest {
    @TempDir
    Path dir;
    Path ct;

    @BeforeEach
    void writeSample() {
        SampleStudy.write(dir.resolve("s"), 1, 64);
        ct = dir.resolve("s/ct/CT-0001.dcm");
    }

    private static byte[] pixels(Path file) {
        return NativeFrames.of(DicomReader.read(file).dataSet()).frame(0);
    }

    @Test
    void writesTheModifiedFileAndKeepsSyntaxAndPixels() {
        Path out = dir.resolve("out.dcm");
        ModifyResult r = Modifier.modify(ct, out, List.of(Modification.set("PatientName", "X^Y"),
                Modification.set("ReferencedStudySequence[1].ReferencedSOPInstanceUID", "1.2.3")),
                ModifyOptions.DEFAULT);
        assertThat(r.written()).isTrue();
        assertThat(r.output()).isEqualTo(out);
        assertThat(r.input()).isEqualTo(ct);
        DicomFile f = DicomReader.read(out);
        assertThat(f.dataSet().getString(Tag.PatientName)).isEqualTo("X^Y");
        assertThat(f.dataSet().getSequence(Tag.ReferencedStudySequence).get(1)
                .getString(Tag.ReferencedSOPInstanceUID)).isEqualTo("1.2.3");
        assertThat(f.transferSyntax()).isEqualTo(SampleStudy.TRANSFER_SYNTAX);
        assertThat(pixels(out)).isEqualTo(pixels(ct));
        assertThat(DicomReader.read(ct).dataSet().getString(Tag.PatientName)).isEqualTo("DOE^JANE");
    }

    @Test
    void fileMetaFollowsNewSopInstanceAndClassUids() {
        Path out = dir.resolve("out.dcm");
        String oldSourceAe = DicomReader.read(ct).fileMeta().getString(Tag.SourceApplicationEntityTitle);
        Modifier.modify(ct, out, List.of(Modification.set("SOPInstanceUID", "2.25.42"),
                Modification.set("SOPClassUID", "1.2.840.10008.5.1.4.1.1.7")), ModifyOptions.DEFAULT);
        DataSet meta = DicomReader.read(out).fileMeta();
        assertThat(meta.getString(Tag.MediaStorageSOPInstanceUID)).isEqualTo("2.25.42");
        assertThat(meta.getString(Tag.MediaStorageSOPClassUID)).isEqualTo("1.2.840.10008.5.1.4.1.1.7");
        assertThat(meta.getString(Tag.TransferSyntaxUID)).isEqualTo(SampleStudy.TRANSFER_SYNTAX.uid());
        assertThat(meta.getString(Tag.SourceApplicationEntityTitle)).isEqualTo(oldSourceAe);
    }

    @Test
    void inPlaceKeepsPixelDataBitExactAndLeavesNoTemporaryFile() throws IOException {
        Path copy = Files.copy(ct, Files.createDirectories(dir.resolve("inplace")).resolve("a.dcm"));
        byte[] before = pixels(copy);
        byte[] rawBefore = DicomReader.read(copy).dataSet().get(Tag.PixelData).bytes();
        ModifyResult r = Modifier.modify(copy, null, List.of(Modification.set("PatientID", "NEW")),
                ModifyOptions.DEFAULT.withInPlace(true));
        assertThat(r.output()).isEqualTo(copy);
        DicomFile f = DicomReader.read(copy);
        assertThat(f.dataSet().getString(Tag.PatientID)).isEqualTo("NEW");
        assertThat(pixels(copy)).isEqualTo(before);
        assertThat(f.dataSet().get(Tag.PixelData).bytes()).isEqualTo(rawBefore);
        try (Stream<Path> files = Files.list(copy.getParent())) {
            assertThat(files).containsExactly(copy);
        }
    }

    @Test
    void inPlaceKeepsPermissionsAndRefusesAReadOnlyFile() throws IOException {
        Assumptions.assumeTrue(ct.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path copy = Files.copy(ct, dir.resolve("p.dcm"));
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r-----"));
        Modifier.modify(copy, null, List.of(Modification.set("PatientID", "NEW")), ModifyOptions.DEFAULT.withInPlace(true));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-r-----");
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(copy);
        assertThatThrownBy(() -> Modifier.modify(copy, null, List.of(Modification.set("PatientID", "X")),
                ModifyOptions.DEFAULT.withInPlace(true))).isInstanceOf(OutputException.class)
                .hasMessageContaining("is read-only");
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    @Test
    void refusesToWriteOverTheInputWithoutInPlace() throws IOException {
        byte[] original = Files.readAllBytes(ct);
        assertThatThrownBy(() -> Modifier.modify(ct, ct, List.of(Modification.set("PatientID", "X")),
                ModifyOptions.DEFAULT)).isInstanceOf(OutputException.class).hasMessageContaining("without in-place");
        assertThatThrownBy(() -> Modifier.modify(ct, ct.getParent().resolve("../ct/CT-0001.dcm"),
                List.of(), ModifyOptions.DEFAULT)).isInstanceOf(OutputException.class);
        assertThat(Files.readAllBytes(ct)).isEqualTo(original);
    }

    @Test
    void aDryRunAndAFailedRunWriteNothing() {
        Path out = dir.resolve("out.dcm");
        ModifyResult r = Modifier.modify(ct, out, List.of(Modification.set("PatientID", "X")),
                ModifyOptions.DEFAULT.withDryRun(true));
        assertThat(r.written()).isFalse();
        assertThat(r.changes()).hasSize(1);
        assertThat(out).doesNotExist();
        assertThatThrownBy(() -> Modifier.modify(ct, out, List.of(Modification.set("PatientID", "X"),
                Modification.set("StudyDate", "2024")), ModifyOptions.DEFAULT))
                .isInstanceOf(InvalidValueException.class);
        assertThat(out).doesNotExist();
    }

    @Test
    void anEmptyListWritesACopyOfTheDataSet() {
        Path out = dir.resolve("copy.dcm");
        ModifyResult r = Modifier.modify(ct, out, List.of(), ModifyOptions.DEFAULT);
        assertThat(r.changes()).isEmpty();
        assertThat(DicomReader.read(out).dataSet()).isEqualTo(DicomReader.read(ct).dataSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"implicit", "big-endian", "deflated", "rle"})
    void theSourceTransferSyntaxIsKept(String syntax) {
        TransferSyntax ts = TransferSyntaxes.forName(syntax);
        Path src = dir.resolve(syntax + ".dcm");
        Transcoder.standard().transcode(ct, src, TranscodeOptions.to(ts));
        Path out = dir.resolve(syntax + "-modified.dcm");
        Modifier.modify(src, out, List.of(Modification.set("PatientName", "Müller^Jürgen")), ModifyOptions.DEFAULT);
        DicomFile f = DicomReader.read(out);
        assertThat(f.transferSyntax()).isEqualTo(ts);
        assertThat(f.dataSet().getString(Tag.PatientName)).isEqualTo("Müller^Jürgen");
        if (ts.encapsulated()) {
            Fragments before = DicomReader.read(src).dataSet().get(Tag.PixelData).fragments();
            Fragments after = f.dataSet().get(Tag.PixelData).fragments();
            assertThat(after.size()).isEqualTo(before.size());
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.fragment(i)).isEqualTo(before.fragment(i));
            }
        } else {
            assertThat(pixels(out)).isEqualTo(pixels(ct));
        }
    }
}
