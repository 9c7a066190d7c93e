// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Streams made by OpenJPEG's opj_compress from synthetic images (see make-openjpeg-streams.py beside them), each
 * with OpenJPEG's own decode: our decoder must give the same samples, without falling back to the library, for
 * layers, precincts, code-block sizes and every code-block style, tiles with offsets, tile-parts, all five
 * progression orders, SOP/EPH, RCT, and 9/7 with ICT.
 */
class OpenJpegStreamsTest {

    static byte[] resource(String name) {
        try (InputStream in = OpenJpegStreamsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"grey12-layers-precincts", "grey12-styles", "grey16-bypass-reset-termall",
        "grey12-tiles-rpcl-sop-eph", "grey8-pcrl-tileparts", "grey12-cprl-vsc", "rgb8-rlcp-tiles",
        "rgb12-lrcp-predictable-segsym", "grey12-offset-tiles", "grey12-lossy97", "rgb8-lossy97-layers",
        "grey16-lossy97-precincts"})
    void decodesLikeOpenJpeg(String name) {
        byte[] stream = resource(name + ".j2k");
        J2kCodestream s = J2kCodestream.read(stream);
        int[][] ours = CodestreamDecoder.decode(stream, s);
        int[][] expected = expected(name, s);
        for (int c = 0; c < s.components(); c++) {
            assertThat(ours[c]).as("%s component %d", name, c).isEqualTo(expected[c]);
        }
        FrameFormat format = J2kTestImages.format(s.width(), s.height(), s.components(), s.precision(), false);
        byte[] frame = new J2kDecoder().decode(stream, format, DecodeOptions.DEFAULT).samples();
        for (int i = 0; i < s.width() * s.height() * s.components(); i++) {
            int c = i % s.components();
            assertThat(J2kTestImages.get(frame, i, format)).isEqualTo(expected[c][i / s.components()]);
        }
    }

    /**
     * POC is left to the library: our decoder says so from the headers, and the library's decode is returned
     * (which, for this stream, is not OpenJPEG's: jj2000 and OpenJPEG disagree on it).
     */
    @Test
    void progressionOrderChangesFallBackToTheLibrary() {
        byte[] stream = resource("grey12-poc.j2k");
        J2kCodestream s = J2kCodestream.read(stream);
        assertThatThrownBy(() -> CodestreamDecoder.decode(stream, s)).isInstanceOf(J2kUnsupported.class)
                .hasMessageContaining("ff5f");
        FrameFormat format = J2kTestImages.format(s.width(), s.height(), 1, 12, false);
        byte[] frame = new J2kDecoder().decode(stream, format, DecodeOptions.DEFAULT).samples();
        int[] library = J2kLibrary.read(stream, s.start(), s.end() - s.start())
                .getSamples(0, 0, s.width(), s.height(), 0, (int[]) null);
        for (int i = 0; i < s.width() * s.height(); i++) {
            assertThat(J2kTestImages.get(frame, i, format)).isEqualTo(library[i]);
        }
    }

    private static int[][] expected(String name, J2kCodestream s) {
        byte[] raw = resource(name + ".rawl");
        int pixels = s.width() * s.height();
        int bps = s.precision() <= 8 ? 1 : 2;
        assertThat(raw).hasSize(pixels * s.components() * bps);
        int[][] planes = new int[s.components()][pixels];
        for (int c = 0; c < s.components(); c++) {
            for (int i = 0; i < pixels; i++) {
                int o = (c * pixels + i) * bps;
                planes[c][i] = bps == 1 ? raw[o] & 0xFF : (raw[o] & 0xFF) | (raw[o + 1] & 0xFF) << 8;
            }
        }
        return planes;
    }
}
