// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dicomtools.data.DataSet;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.error.OutputException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.pixel.NativeFrames;
import org.dicomtools.sample.SampleStudy;
import org.dicomtools.transcode.TranscodeOptions;
import org.dicomtools.transcode.Transcoder;
import org.dicomtools.ts.TransferSyntaxes;
import org.dicomtools.validate.ValidationReport;
import org.dicomtools.validate.Validator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splitting the sample's 8-frame enhanced MR (native Explicit VR Little Endian). */
class FrameSplitterTest {
    @TempDir
    static Path dir;
    static Path mr;
    static DicomFile source;

    @BeforeAll
    static void writeSample() {
        SampleStudy.write(dir.resolve("s"));
        mr = dir.resolve("s/mr/MR-ENHANCED.dcm");
        source = DicomReader.read(mr);
    }

    @Test
    void everyFrameBecomesAValidSingleFrameInstanceOfItsOwn() {
        Path out = dir.resolve("all");
        SplitResult r = FrameSplitter.standard().split(mr, new SplitOptions(out, null, null));
        assertThat(r.frames()).isEqualTo(8);
        assertThat(r.outputs()).hasSize(8);
        assertThat(r.warnings()).isEmpty();
        DataSet src = source.dataSet();
        NativeFrames srcFrames = NativeFrames.of(src);
        Set<String> uids = new HashSet<>();
        for (SplitFrame f : r.outputs()) {
            assertThat(f.path()).isEqualTo(out.resolve(String.format("MR-ENHANCED_frame_%04d.dcm", f.frame())));
            assertThat(f.pixels()).isEqualTo(PixelHandling.COPIED);
            DicomFile back = DicomReader.read(f.path());
            DataSet ds = back.dataSet();
            assertThat(back.transferSyntax()).isEqualTo(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
            assertThat(ds.getInt(Tag.NumberOfFrames, -1)).isEqualTo(1);
            assertThat(ds.getInt(Tag.InstanceNumber, -1)).isEqualTo(f.frame());
            assertThat(ds.getSequence(Tag.PerFrameFunctionalGroupsSequence).items())
                    .containsExactly(src.getSequence(Tag.PerFrameFunctionalGroupsSequence).get(f.frame() - 1));
            assertThat(ds.getSequence(Tag.SharedFunctionalGroupsSequence))
                    .isEqualTo(src.getSequence(Tag.SharedFunctionalGroupsSequence));
            assertThat(ds.getSequence(Tag.DimensionIndexSequence))
                    .isEqualTo(src.getSequence(Tag.DimensionIndexSequence));
            assertThat(ds.get(Tag.PixelData).bytes()).isEqualTo(srcFrames.frame(f.frame() - 1));
            String uid = ds.getString(Tag.SOPInstanceUID);
            assertThat(uid).isEqualTo(f.sopInstanceUid()).startsWith("2.25.").hasSizeLessThanOrEqualTo(64)
                    .isNotEqualTo(src.getString(Tag.SOPInstanceUID));
            assertThat(back.fileMeta().getString(Tag.MediaStorageSOPInstanceUID)).isEqualTo(uid);
            assertThat(ds.getString(Tag.SeriesInstanceUID)).isEqualTo(src.getString(Tag.SeriesInstanceUID));
            assertThat(ds.getString(Tag.SOPClassUID)).isEqualTo(src.getString(Tag.SOPClassUID));
            uids.add(uid);
            ValidationReport report = Validator.validate(back);
            assertThat(report.errors()).as(f.path().toString()).isEmpty();
        }
        assertThat(uids).hasSize(8);
    }

    @Test
    void selectedFramesOnlyAndTheSeedsDefaultPlace() throws IOException {
        SplitResult r = FrameSplitter.standard().split(mr,
                new SplitOptions(null, FrameSelection.parse("2,4-5"), null));
        Path expected = dir.resolve("s/mr/MR-ENHANCED_split");
        assertThat(r.outputDir()).isEqualTo(expected.toAbsolutePath());
        assertThat(r.outputs()).extracting(SplitFrame::frame).containsExactly(2, 4, 5);
        try (var files = Files.list(expected)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "MR-ENHANCED_frame_0002.dcm", "MR-ENHANCED_frame_0004.dcm", "MR-ENHANCED_frame_0005.dcm");
        }
        DataSet four = DicomReader.read(expected.resolve("MR-ENHANCED_frame_0004.dcm")).dataSet();
        DataSet content = four.getSequence(Tag.PerFrameFunctionalGroupsSequence).get(0)
                .getSequence(Tag.FrameContentSequence).get(0);
        assertThat(content.getInt(Tag.InStackPositionNumber, -1)).isEqualTo(4);
    }

    @Test
    void splittingTwiceWritesTheSameBytes() throws IOException {
        SplitOptions first = new SplitOptions(dir.resolve("once"), FrameSelection.parse("1,8"), "x");
        SplitOptions second = new SplitOptions(dir.resolve("twice"), FrameSelection.parse("1,8"), "x");
        SplitResult a = FrameSplitter.standard().split(mr, first);
        SplitResult b = FrameSplitter.standard().split(mr, second);
        for (int i = 0; i < 2; i++) {
            assertThat(Files.readAllBytes(a.outputs().get(i).path()))
                    .isEqualTo(Files.readAllBytes(b.outputs().get(i).path()));
        }
        assertThat(a.outputs().get(1).path().getFileName()).hasToString("x_frame_0008.dcm");
        assertThat(a.outputs().get(0).sopInstanceUid()).isEqualTo(FrameUids.of(
                source.dataSet().getString(Tag.SOPInstanceUID), 1));
    }

    @Test
    void framesOutsideTheImageAreSkippedWithAWarningAndNoneIsAnError() {
        SplitResult r = FrameSplitter.standard().split(mr,
                new SplitOptions(dir.resolve("some"), FrameSelection.parse("0,3,9"), null));
        assertThat(r.outputs()).extracting(SplitFrame::frame).containsExactly(3);
        assertThat(r.warnings()).containsExactly("frame numbers outside 1..8 skipped: 0, 9 (frames count from 1)");
        assertThatThrownBy(() -> FrameSplitter.standard().split(mr,
                new SplitOptions(dir.resolve("none"), FrameSelection.parse("9-12"), null)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("none of the frames asked for (9-12) exists: the image has 8 frames, numbered from 1");
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void aSingleFrameImageIsRefused() {
        Path ct = dir.resolve("s/ct/CT-0001.dcm");
        assertThatThrownBy(() -> FrameSplitter.standard().split(ct, SplitOptions.DEFAULT))
                .isInstanceOf(InvalidValueException.class).hasMessage("single-frame image, not multi-frame");
        assertThat(dir.resolve("s/ct/CT-0001_split")).doesNotExist();
    }

    @Test
    void neverReplacesTheInput() throws IOException {
        Path input = dir.resolve("loop/a_frame_0002.dcm");
        Files.createDirectories(input.getParent());
        Files.copy(mr, input);
        byte[] before = Files.readAllBytes(input);
        assertThatThrownBy(() -> FrameSplitter.standard().split(input,
                new SplitOptions(input.getParent(), null, "a"))).isInstanceOf(OutputException.class)
                .hasMessageContaining("would replace the input");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        try (var files = Files.list(input.getParent())) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void prefixesThatLeaveTheFolderAreRefused() {
        for (String bad : List.of("../x", "a/b", "", "..", "a\\b")) {
            assertThatThrownBy(() -> new SplitOptions(null, null, bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void infoNamesTheFramesAndTheirAttributes() {
        FrameInfo info = FrameSplitter.info(mr);
        assertThat(info.frames()).isEqualTo(8);
        assertThat(info.multiFrame()).isTrue();
        assertThat(info.columns()).isEqualTo(64);
        assertThat(info.rows()).isEqualTo(64);
        assertThat(info.attributes()).containsExactly(java.util.Map.entry("NumberOfFrames", "8"));
        FrameInfo ct = FrameSplitter.info(dir.resolve("s/ct/CT-0001.dcm"));
        assertThat(ct.multiFrame()).isFalse();
        assertThat(ct.attributes()).isEmpty();
    }

    @Test
    void dcmdumpReadsAnOutput() throws Exception {
        Assumptions.assumeTrue(onPath("dcmdump"), "DCMTK dcmdump is not installed");
        SplitResult r = FrameSplitter.standard().split(mr,
                new SplitOptions(dir.resolve("dcmtk"), FrameSelection.parse("3"), null));
        String out = dcmdump(r.outputs().get(0).path());
        assertThat(out).contains("(0028,0008) IS [1]", "(0020,0013) IS [3]", r.outputs().get(0).sopInstanceUid());

        Path rle = dir.resolve("MR-RLE.dcm");
        Transcoder.standard().transcode(mr, rle, TranscodeOptions.to(TransferSyntaxes.forName("rle")));
        SplitResult fromRle = FrameSplitter.standard().split(rle,
                new SplitOptions(dir.resolve("dcmtk-rle"), FrameSelection.parse("2"), null));
        assertThat(dcmdump(fromRle.outputs().get(0).path()))
                .contains("RLELossless", "(7fe0,0010) OB (PixelSequence #=2)", "(fffe,e000) pi (no value available)");
    }

    private static String dcmdump(Path file) throws Exception {
        Process p = new ProcessBuilder("dcmdump", "+L", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).doesNotContain("E: ", "W: ");
        return out;
    }

    @Test
    void aRealCtSliceIsSingleFrame() {
        Path slice = Path.of("../../shared/data/sample_series/IM-0001-0001.dcm");
        Assumptions.assumeTrue(Files.exists(slice), "the real CT series is not present");
        assertThat(FrameSplitter.info(slice).multiFrame()).isFalse();
        assertThatThrownBy(() -> FrameSplitter.standard().split(slice,
                new SplitOptions(dir.resolve("real"), null, null))).isInstanceOf(InvalidValueException.class);
        assertThat(dir.resolve("real")).doesNotExist();
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
