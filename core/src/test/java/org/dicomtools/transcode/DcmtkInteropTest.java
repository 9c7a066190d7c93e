// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dicomtools.data.DataSet;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DCMTK decodes what we encode, and we decode what DCMTK encodes, on the real CT slice (12 bits in 16) and a
 * synthetic 8-bit RGB image. Runs only where DCMTK is installed ({@code .ci/run} installs it).
 */
class DcmtkInteropTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsDcmtk() {
        Assumptions.assumeTrue(Dcmtk.has("dcmdjpeg") && Dcmtk.has("dcmcjpeg") && Dcmtk.has("dcmdrle")
                && Dcmtk.has("dcmcrle"), "DCMTK is not installed");
    }

    private Path source(String kind) {
        if (kind.equals("ct")) {
            Path slice = Images.realSlice();
            Assumptions.assumeTrue(slice != null, "shared/data/sample_series not present");
            return slice;
        }
        Path p = dir.resolve(kind + ".dcm");
        DataSet ds = kind.equals("rgb") ? Images.rgb(61, 37, 1, false) : Images.grey(61, 37, 1, 8, 8, false);
        ds.setString(Tag.StudyInstanceUID, org.dicomtools.data.VR.UI, "2.25.7");
        ds.setString(Tag.SeriesInstanceUID, org.dicomtools.data.VR.UI, "2.25.8");
        DicomWriter.write(p, Images.file(ds));
        return p;
    }

    private static byte[] pixels(Path p) {
        return Images.pixels(DicomReader.read(p).dataSet());
    }

    @ParameterizedTest(name = "DCMTK decodes our {1} of {0} exactly")
    @CsvSource({"ct, jpeg-lossless, dcmdjpeg", "ct, jpeg-lossless-nh14, dcmdjpeg", "ct, rle, dcmdrle",
        "rgb, jpeg-lossless, dcmdjpeg", "rgb, rle, dcmdrle", "grey8, jpeg-lossless, dcmdjpeg"})
    void dcmtkDecodesOurLosslessOutputExactly(String kind, String syntax, String decoder) {
        Path src = source(kind);
        Path ours = dir.resolve("ours.dcm");
        Path decoded = dir.resolve("decoded.dcm");
        Transcoder.standard().transcode(src, ours, TranscodeOptions.to(TransferSyntaxes.forName(syntax)));
        Dcmtk.run(decoder, ours, decoded);
        assertThat(pixels(decoded)).isEqualTo(pixels(src));
    }

    @ParameterizedTest(name = "we decode DCMTK's {1} of {0} exactly")
    @CsvSource({"ct, +e1, dcmcjpeg", "ct, +el, dcmcjpeg", "ct, '', dcmcrle", "rgb, +e1, dcmcjpeg", "rgb, '', dcmcrle"})
    void weDecodeDcmtkLosslessOutputExactly(String kind, String option, String encoder) {
        Path src = source(kind);
        Path theirs = dir.resolve("theirs.dcm");
        Path decoded = dir.resolve("decoded.dcm");
        if (option == null || option.isEmpty()) {
            Dcmtk.run(encoder, src, theirs);
        } else {
            Dcmtk.run(encoder, option, src, theirs);
        }
        Transcoder.standard().transcode(theirs, decoded, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
        assertThat(pixels(decoded)).isEqualTo(pixels(src));
    }

    @ParameterizedTest(name = "{1} of {0}: our decode and DCMTK's agree")
    @CsvSource({"ct, jpeg-extended, +ee, 2, 12", "rgb, jpeg-baseline, +eb, 2, 8", "grey8, jpeg-baseline, +eb, 2, 8"})
    void lossyDecodesAgreeBothWays(String kind, String syntax, String dcmtkOption, int tolerance, int bits) {
        Path src = source(kind);
        // Ours, decoded by both.
        Path ours = dir.resolve("ours.dcm");
        Transcoder.standard().transcode(src, ours, TranscodeOptions.to(TransferSyntaxes.forName(syntax)));
        Path byDcmtk = dir.resolve("ours-dcmtk.dcm");
        Path byUs = dir.resolve("ours-us.dcm");
        Dcmtk.run("dcmdjpeg", ours, byDcmtk);
        Transcoder.standard().transcode(ours, byUs, TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
        assertClose(pixels(byUs), pixels(byDcmtk), bits > 8 ? 2 : 1, tolerance);
        // Theirs, decoded by both.
        Path theirs = dir.resolve("theirs.dcm");
        Dcmtk.run("dcmcjpeg", dcmtkOption, src, theirs);
        Path theirsByDcmtk = dir.resolve("theirs-dcmtk.dcm");
        Path theirsByUs = dir.resolve("theirs-us.dcm");
        Dcmtk.run("dcmdjpeg", theirs, theirsByDcmtk);
        Transcoder.standard().transcode(theirs, theirsByUs,
                TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
        assertClose(pixels(theirsByUs), pixels(theirsByDcmtk), bits > 8 ? 2 : 1, tolerance);
    }

    private static void assertClose(byte[] a, byte[] b, int bytes, int tolerance) {
        assertThat(a.length).isEqualTo(b.length);
        int worst = 0;
        for (int i = 0; i < a.length; i += bytes) {
            int x = bytes == 2 ? org.dicomtools.data.Values.u16(a, i) : a[i] & 0xFF;
            int y = bytes == 2 ? org.dicomtools.data.Values.u16(b, i) : b[i] & 0xFF;
            worst = Math.max(worst, Math.abs(x - y));
        }
        assertThat(worst).as("largest difference between the two decodes").isLessThanOrEqualTo(tolerance);
    }
}
