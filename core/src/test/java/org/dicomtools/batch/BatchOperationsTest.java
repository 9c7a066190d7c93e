// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dicomtools.data.DataSet;
import org.dicomtools.deident.DeidentifyOptions;
import org.dicomtools.deident.DeidentifyResult;
import org.dicomtools.deident.Deidentifier;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.image.ImageFormat;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.operations.PixelStats;
import org.dicomtools.operations.ToImageRequest;
import org.dicomtools.pixel.FrameReader;
import org.dicomtools.render.RenderOptions;
import org.dicomtools.transcode.TranscodeOptions;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchOperationsTest {
    @TempDir
    static Path dir;
    static BatchTrees.Tree tree;

    @BeforeAll
    static void writeTree() {
        tree = BatchTrees.study(dir.resolve("scans"));
    }

    private static Recorder run(BatchOperation op, String outputName) {
        Recorder r = new Recorder();
        BatchSummary s = new BatchRunner(new BatchRequest(op, tree.root(), outputName == null ? null
                : dir.resolve(outputName), true, 2, false)).run(r);
        assertThat(s.counts().skipped()).isEqualTo(BatchTrees.JUNK.size());
        return r;
    }

    @Test
    void listGivesEachFilesKeysFromItsHeader() {
        Recorder r = run(new ListOperation(), null);
        assertThat(r.paths(FileOutcome.Status.OK)).hasSameSizeAs(tree.dicom());
        Map<String, Object> mr = r.byPath().get("mr/MR-ENHANCED.dcm").fields();
        assertThat(mr).containsEntry("modality", "MR").containsEntry("sop_class", "EnhancedMRImageStorage")
                .containsEntry("transfer_syntax", "explicit").containsEntry("rows", 64).containsEntry("columns", 64)
                .containsEntry("frames", 8);
        assertThat(mr.get("size")).isEqualTo(fileSize("mr/MR-ENHANCED.dcm"));
        assertThat(r.byPath().get("mr/MR-ENHANCED.dcm").output()).isNull();
    }

    @Test
    void convertWritesStemDotFormatInTheMirroredTree() throws IOException {
        ToImageRequest settings = new ToImageRequest(null, null, ImageFormat.PNG, 0, false, RenderOptions.defaults(),
                95);
        Recorder r = run(new ConvertOperation(settings), "png");
        assertThat(r.paths(FileOutcome.Status.OK)).hasSameSizeAs(tree.dicom());
        assertThat(BatchTrees.slashes(r.byPath().get("deep/a b/IM0001").output())).isEqualTo("deep/a b/IM0001.png");
        assertThat(ImageIO.read(dir.resolve("png/ct/CT-0001.png").toFile()).getWidth()).isEqualTo(128);
        assertThat(dir.resolve("png/deep/a b/ünïcødé/CT copy.png")).exists();
        assertThat(r.byPath().get("mr/MR-ENHANCED.dcm").fields()).containsEntry("frames_written", 1)
                .containsEntry("frame_count", 8).containsEntry("format", "png");

        ToImageRequest all = new ToImageRequest(null, null, ImageFormat.PNG, 0, true, RenderOptions.defaults(), 95);
        Recorder frames = run(new ConvertOperation(all), "frames");
        assertThat(dir.resolve("frames/mr/MR-ENHANCED_frame000.png")).exists();
        assertThat(dir.resolve("frames/mr/MR-ENHANCED_frame007.png")).exists();
        assertThat(dir.resolve("frames/ct/CT-0001.png")).exists();
        assertThat(BatchTrees.slashes(frames.byPath().get("mr/MR-ENHANCED.dcm").output()))
                .isEqualTo("mr/MR-ENHANCED_frame000.png");
    }

    @Test
    void anonymizeUsesOnePseudonymForTheWholeRun() {
        Recorder r = run(new AnonymizeOperation(new Deidentifier(DeidentifyOptions.DEFAULT)), "anon");
        assertThat(r.paths(FileOutcome.Status.OK)).hasSameSizeAs(tree.dicom());
        assertThat(r.outcomes.stream().filter(o -> o.status() == FileOutcome.Status.OK)
                .map(o -> o.fields().get("patient_id")).distinct()).hasSize(1);
        FileOutcome ct = r.byPath().get("ct/CT-0001.dcm");
        assertThat(ct.detail()).isInstanceOf(DeidentifyResult.class);
        assertThat((Integer) ct.fields().get("actions")).isPositive();
        DataSet written = DicomReader.read(dir.resolve("anon/ct/CT-0001.dcm")).dataSet();
        assertThat(written.getString(Tag.PatientName)).isEqualTo("ANONYMOUS^PATIENT");
        assertThat(written.getString(Tag.PatientID)).isEqualTo(ct.fields().get("patient_id"));
    }

    @Test
    void transcodeToRleVerifiesEachFileAndRefusesWhatRleCannotHold() {
        Recorder r = run(TranscodeOperation.transcode(Transcoder.standard(),
                TranscodeOptions.to(TransferSyntaxes.forName("rle"))), "rle");
        FileOutcome ybr = r.byPath().get("us/US-YBR422.dcm");
        assertThat(ybr.failure()).isInstanceOf(UnsupportedTransferSyntaxException.class);
        assertThat(r.paths(FileOutcome.Status.OK)).hasSize(tree.dicom().size() - 1);
        assertThat(r.byPath().get("ct/CT-0001.dcm").fields()).containsEntry("from", "explicit")
                .containsEntry("to", "rle").containsEntry("frames", 1).containsEntry("verified", true)
                .containsEntry("lossy", false);
        DicomFile in = DicomReader.read(tree.root().resolve("mr/MR-ENHANCED.dcm"));
        DicomFile rle = DicomReader.read(dir.resolve("rle/mr/MR-ENHANCED.dcm"));
        assertThat(rle.transferSyntax().shortName()).isEqualTo("rle");
        assertThat(FrameReader.read(rle, 7).ints()).isEqualTo(FrameReader.read(in, 7).ints());

        Recorder back = new Recorder();
        new BatchRunner(new BatchRequest(TranscodeOperation.decompress(Transcoder.standard()), dir.resolve("rle"),
                dir.resolve("native"), true, 2, false)).run(back);
        assertThat(back.byPath().get("mr/MR-ENHANCED.dcm").message()).isNull();
        assertThat(back.byPath().get("mr/MR-ENHANCED.dcm").fields()).containsEntry("from", "rle");
        assertThat(FrameReader.read(DicomReader.read(dir.resolve("native/mr/MR-ENHANCED.dcm")), 7).ints())
                .isEqualTo(FrameReader.read(in, 7).ints());
    }

    @Test
    void decompressWritesNativeFilesTooAndSaysTheyWereAlreadyUncompressed() {
        Recorder r = run(TranscodeOperation.decompress(Transcoder.standard()), "decompressed");
        assertThat(r.paths(FileOutcome.Status.OK)).hasSameSizeAs(tree.dicom());
        assertThat(r.byPath().get("ct/CT-0001.dcm").message()).isEqualTo("already uncompressed");
        assertThat(Trees.contents(dir.resolve("decompressed")).keySet()).containsExactlyInAnyOrderElementsOf(
                tree.dicom());
    }

    @Test
    void validateFailsAFileWithErrorsAndKeepsItsCounts() throws IOException {
        Path bad = dir.resolve("invalid");
        Files.createDirectories(bad);
        Files.copy(tree.root().resolve("ct/CT-0001.dcm"), bad.resolve("good.dcm"));
        DicomFile f = DicomReader.read(tree.root().resolve("ct/CT-0001.dcm"));
        f.dataSet().remove(Tag.Modality);
        DicomWriter.write(bad.resolve("bad.dcm"), f);
        Recorder r = new Recorder();
        BatchSummary s = new BatchRunner(new BatchRequest(new ValidateOperation(), bad, null, false, 1, false)).run(r);
        FileOutcome o = r.byPath().get("bad.dcm");
        assertThat(o.status()).isEqualTo(FileOutcome.Status.FAILED);
        assertThat(o.failure()).isInstanceOf(InvalidValueException.class);
        assertThat(o.message()).contains("Modality");
        assertThat(o.fields()).containsEntry("valid", false);
        assertThat((Integer) o.fields().get("errors")).isPositive();
        assertThat(r.byPath().get("good.dcm").fields()).containsEntry("valid", true).containsEntry("errors", 0);
        assertThat(s.counts().succeeded()).isEqualTo(1);
    }

    @Test
    void statsCarriesTheStatisticsKeysPerFileAndPerChannelForColour() {
        Recorder r = run(new StatsOperation(new PixelStats.Request(null, 0, false, false, false)), null);
        assertThat(r.paths(FileOutcome.Status.OK)).hasSameSizeAs(tree.dicom());
        assertThat(r.byPath().get("ct/CT-0001.dcm").fields()).containsKeys("mean", "median", "p99")
                .containsEntry("total_pixels", 128L * 128);
        assertThat(r.byPath().get("us/US-RGB.dcm").fields()).containsOnlyKeys("R", "G", "B");
    }

    private static long fileSize(String relative) {
        try {
            return Files.size(tree.root().resolve(relative));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
