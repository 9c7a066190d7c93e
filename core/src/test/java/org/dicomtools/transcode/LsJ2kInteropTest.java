// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JPEG-LS and JPEG 2000 against DCMTK ({@code dcmcjpls}, {@code dcmdjpls}) and GDCM ({@code gdcmconv}): each decodes
 * what we encode exactly, and we decode what each encodes exactly. Runs only where the tools are installed.
 */
class LsJ2kInteropTest {
    @TempDir
    Path dir;

    private Path source(String kind) {
        if (kind.equals("ct")) {
            Path slice = Images.realSlice();
            Assumptions.assumeTrue(slice != null, "shared/data/sample_series not present");
            return slice;
        }
        Path p = dir.resolve(kind + ".dcm");
        DataSet ds = kind.equals("rgb") ? Images.rgb(61, 37, 1, false) : Images.grey(61, 37, 1, 16, 12, false);
        ds.setString(Tag.StudyInstanceUID, VR.UI, "2.25.7");
        ds.setString(Tag.SeriesInstanceUID, VR.UI, "2.25.8");
        DicomWriter.write(p, Images.file(ds));
        return p;
    }

    private static byte[] pixels(Path p) {
        return Images.pixels(DicomReader.read(p).dataSet());
    }

    private static void needs(String tool) {
        Assumptions.assumeTrue(Dcmtk.has(tool), tool + " is not installed");
    }

    @ParameterizedTest(name = "{2} decodes our {1} of {0} exactly")
    @CsvSource({"ct, jpeg-ls, dcmdjpls", "rgb, jpeg-ls, dcmdjpls", "ct, jpeg-ls, gdcmconv", "ct, j2k, gdcmconv",
        "rgb, j2k, gdcmconv", "grey12, j2k, gdcmconv", "grey12, jpeg-ls, dcmdjpls"})
    void theyDecodeOurOutputExactly(String kind, String syntax, String tool) {
        needs(tool);
        Path src = source(kind);
        Path ours = dir.resolve("ours.dcm");
        Path decoded = dir.resolve("decoded.dcm");
        Transcoder.standard().transcode(src, ours, TranscodeOptions.to(TransferSyntaxes.forName(syntax)));
        if (tool.equals("gdcmconv")) {
            Dcmtk.run(tool, "--raw", ours, decoded);
        } else {
            Dcmtk.run(tool, ours, decoded);
        }
        assertThat(pixels(decoded)).isEqualTo(pixels(src));
    }

    @ParameterizedTest(name = "we decode {1} output of {0} exactly")
    @CsvSource({"ct, dcmcjpls", "rgb, dcmcjpls", "ct, gdcmconv --jpegls", "ct, gdcmconv --j2k",
        "rgb, gdcmconv --j2k", "grey12, gdcmconv --jpegls"})
    void weDecodeTheirOutputExactly(String kind, String command) {
        String[] words = command.split(" ");
        needs(words[0]);
        Path src = source(kind);
        Path theirs = dir.resolve("theirs.dcm");
        Path decoded = dir.resolve("decoded.dcm");
        if (words.length > 1) {
            Dcmtk.run(words[0], words[1], src, theirs);
        } else {
            Dcmtk.run(words[0], src, theirs);
        }
        Transcoder.standard().transcode(theirs, decoded,
                TranscodeOptions.to(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
        assertThat(pixels(decoded)).isEqualTo(pixels(src));
    }
}
