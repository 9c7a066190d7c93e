// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.dicomtools.data.DataSet;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Lossy JPEG stays within stated PSNR and marks its output as lossy. */
class LossyTest {
    private static DataSet roundTrip(DicomFile source, String syntax, int quality) {
        Transcoder t = Transcoder.standard();
        TranscodeResult r = t.transcode(source, TranscodeOptions.to(TransferSyntaxes.forName(syntax))
                .withEncode(org.dicomtools.codec.EncodeOptions.DEFAULT.withQuality(quality)));
        assertThat(r.lossy()).isTrue();
        DataSet encoded = r.file().dataSet();
        assertThat(encoded.getString(Tag.LossyImageCompression)).isEqualTo("01");
        assertThat(encoded.getStrings(Tag.LossyImageCompressionMethod))
                .contains(syntax.startsWith("jpeg2000") ? "ISO_15444_1" : "ISO_10918_1");
        return t.transcode(r.file(), TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN)).file().dataSet();
    }

    @Test
    void realCtSliceThroughJpegExtendedKeepsPsnrAbove50Db() {
        Path slice = Images.realSlice();
        Assumptions.assumeTrue(slice != null, "shared/data/sample_series not present");
        DicomFile source = DicomReader.read(slice);
        DataSet back = roundTrip(source, "jpeg-extended", 90);
        double psnr = Images.psnr(Images.pixels(source.dataSet()), Images.pixels(back), 2, 12);
        assertThat(psnr).isGreaterThan(50);
    }

    @Test
    void greyBaselineKeepsPsnrAbove40Db() {
        DataSet image = Images.grey(64, 48, 1, 8, 8, false);
        DataSet back = roundTrip(Images.file(image), "jpeg-baseline", 90);
        assertThat(Images.psnr(Images.pixels(image), Images.pixels(back), 1, 8)).isGreaterThan(40);
    }

    @Test
    void colourBaselineIsWrittenAsYbrFull422AndDecodesToRgb() {
        DataSet image = Images.rgb(64, 48, 1, true);
        TranscodeResult r = Transcoder.standard().transcode(Images.file(image),
                TranscodeOptions.to(TransferSyntaxes.forName("jpeg-baseline")));
        assertThat(r.file().dataSet().getString(Tag.PhotometricInterpretation)).isEqualTo("YBR_FULL_422");
        DataSet back = roundTrip(Images.file(image), "jpeg-baseline", 95);
        assertThat(back.getString(Tag.PhotometricInterpretation)).isEqualTo("RGB");
        assertThat(back.getInt(Tag.PlanarConfiguration, -1)).isZero();
        assertThat(Images.psnr(LosslessRoundTripTest.interleaved(image), Images.pixels(back), 1, 8)).isGreaterThan(30);
    }

    @Test
    void sixteenBitDataIsRefusedForDctWithAHint() {
        DataSet image = Images.grey(8, 8, 1, 16, 16, false);
        assertThatThrownBy(() -> Transcoder.standard().transcode(Images.file(image),
                TranscodeOptions.to(TransferSyntaxes.forName("jpeg-extended"))))
                .isInstanceOf(UnsupportedTransferSyntaxException.class)
                .hasMessage("jpeg-extended holds at most 12-bit samples; this image has Bits Stored 16 (use a lossless syntax)");
        assertThatThrownBy(() -> Transcoder.standard().transcode(Images.file(Images.grey(8, 8, 1, 16, 12, false)),
                TranscodeOptions.to(TransferSyntaxes.forName("jpeg-baseline"))))
                .hasMessageEndingWith("(use jpeg-extended)");
    }

    @Test
    void nearLosslessJpegLsNeverDiffersByMoreThanNear() {
        Path slice = Images.realSlice();
        Assumptions.assumeTrue(slice != null, "shared/data/sample_series not present");
        DicomFile source = DicomReader.read(slice);
        for (int near : new int[] {1, 3}) {
            TranscodeResult r = Transcoder.standard().transcode(source, TranscodeOptions.to(
                    TransferSyntaxes.forName("jpeg-ls-near")).withEncode(org.dicomtools.codec.EncodeOptions.DEFAULT
                    .withNear(near)));
            assertThat(r.verified()).isTrue(); // checked within NEAR before anything is returned
            assertThat(r.file().dataSet().getStrings(Tag.LossyImageCompressionMethod)).contains("ISO_14495_1");
            DataSet back = Transcoder.standard().transcode(r.file(),
                    TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN)).file().dataSet();
            byte[] a = Images.pixels(source.dataSet());
            byte[] b = Images.pixels(back);
            int worst = 0;
            for (int i = 0; i < a.length / 2; i++) {
                worst = Math.max(worst, Math.abs(Images.u16(a, i) - Images.u16(b, i)));
            }
            assertThat(worst).isLessThanOrEqualTo(near);
        }
    }

    @Test
    void lossyJpeg2000OfTheRealSliceKeepsPsnrAbove45Db() {
        Path slice = Images.realSlice();
        Assumptions.assumeTrue(slice != null, "shared/data/sample_series not present");
        DicomFile source = DicomReader.read(slice);
        DataSet back = roundTrip(source, "jpeg2000", 90);
        assertThat(Images.psnr(Images.pixels(source.dataSet()), Images.pixels(back), 2, 12)).isGreaterThan(45);
    }
}
