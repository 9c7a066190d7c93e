// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToImageCommandTest {
    @TempDir
    static Path dir;
    static Path sample;

    @BeforeAll
    static void writeSample() {
        sample = dir.resolve("s");
        assertThat(CliRun.of("sample", sample.toString()).exitCode()).isZero();
    }

    private static Path realSlice() {
        Path p = Path.of("").toAbsolutePath().resolve("../../shared/data/sample_series/IM-0001-0001.dcm").normalize();
        Assumptions.assumeTrue(Files.exists(p), "shared/data/sample_series not present");
        return p;
    }

    @Test
    void rendersTheRealSliceWithItsFirstWindowInHounsfieldUnits() throws IOException {
        Path png = dir.resolve("ct.png");
        CliRun run = CliRun.of("to-image", realSlice().toString(), "-o", png.toString(), "--explain");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"source\":\"WindowCenter/Width [0] of 2\"", "\"intercept\":-1024.0");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(512);
        assertThat(img.getRaster().getSample(286, 27, 0)).isEqualTo(129); // stored 1059 = 35 HU, the centre
    }

    @Test
    void writesEveryFrameWithTheSeedsNames() {
        CliRun run = CliRun.of("to-image", sample.resolve("mr/MR-ENHANCED.dcm").toString(), "--all-frames", "-o",
                dir.resolve("frames").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("frames/MR-ENHANCED_frame000.png")).exists();
        assertThat(dir.resolve("frames/MR-ENHANCED_frame007.png")).exists();
    }

    @Test
    void everyFormatAndSixteenBits() throws IOException {
        Path ct = sample.resolve("ct/CT-0001.dcm");
        for (String f : new String[] {"png", "jpeg", "bmp", "gif", "tiff"}) {
            Path out = dir.resolve("ct." + f);
            assertThat(CliRun.of("to-image", ct.toString(), "-f", f, "-o", out.toString()).exitCode()).isZero();
            assertThat(ImageIO.read(out.toFile())).as(f).isNotNull();
        }
        Path sixteen = dir.resolve("ct16.png");
        assertThat(CliRun.of("to-image", ct.toString(), "--force-16bit", "-o", sixteen.toString()).exitCode())
                .isZero();
        assertThat(ImageIO.read(sixteen.toFile()).getColorModel().getComponentSize(0)).isEqualTo(16);
        CliRun refused = CliRun.of("to-image", ct.toString(), "--force-16bit", "-f", "jpeg", "-o",
                dir.resolve("x.jpg").toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.UNSUPPORTED);
        CliRun unknown = CliRun.of("to-image", ct.toString(), "-f", "webp", "-o", dir.resolve("u.png").toString());
        assertThat(unknown.exitCode()).isZero();
        assertThat(unknown.err()).contains("unknown format 'webp', writing png");
    }

    @Test
    void colourMonochrome1AndPaletteRender() throws IOException {
        for (String f : new String[] {"us/US-RGB.dcm", "us/US-YBR422.dcm", "dx/DX-MONO1.dcm", "pal/PALETTE.dcm",
            "pal/PALETTE-SEGMENTED.dcm", "pm/PARAMETRIC-MAP.dcm", "us/US-RGB-PLANAR.dcm"}) {
            Path out = dir.resolve(f.replace('/', '_') + ".png");
            CliRun run = CliRun.of("to-image", sample.resolve(f).toString(), "-o", out.toString());
            assertThat(run.exitCode()).as(f + ": " + run.err()).isZero();
            assertThat(ImageIO.read(out.toFile())).as(f).isNotNull();
        }
    }

    @Test
    void errorsFollowTheSeedsTable() throws IOException {
        CliRun frame = CliRun.of("to-image", sample.resolve("mr/MR-ENHANCED.dcm").toString(), "--frame", "8");
        assertThat(frame.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(frame.err()).contains("frame 8 out of range: the image has 8 frame(s)");
        Path json = dir.resolve("nopix.json");
        Files.writeString(json, "{\"00080016\":{\"vr\":\"UI\",\"Value\":[\"1.2.840.10008.5.1.4.1.1.7\"]}}");
        Path nopix = dir.resolve("nopix.dcm");
        assertThat(CliRun.of("from-json", json.toString(), "-o", nopix.toString()).exitCode()).isZero();
        CliRun none = CliRun.of("to-image", nopix.toString());
        assertThat(none.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(none.err()).contains("(7FE0,0010)");
        assertThat(CliRun.of("to-image", nopix.toString(), "--window-center", "40").exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void histogramMatchesNumpyAndPlots() throws IOException {
        Path plot = dir.resolve("h.png");
        CliRun run = CliRun.of("histogram", realSlice().toString(), "--modality", "--json", "--plot", plot.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{\"counts\": [47039, 35516, 23405, 17966, 10131, 5387, 3731, 2789, 2019");
        assertThat(ImageIO.read(plot.toFile()).getWidth()).isGreaterThan(400);
        assertThat(CliRun.of("histogram", realSlice().toString(), "--bins", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aNewOutputWithoutExtensionIsAFolder() {
        Path folder = dir.resolve("new-folder");
        assertThat(CliRun.of("to-image", sample.resolve("ct/CT-0002.dcm").toString(), "-o", folder.toString())
                .exitCode()).isZero();
        assertThat(folder.resolve("CT-0002.png")).exists();
    }
}
