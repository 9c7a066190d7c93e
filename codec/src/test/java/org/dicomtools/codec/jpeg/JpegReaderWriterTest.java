// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.dicomtools.codec.CodecFailure;
import org.junit.jupiter.api.Test;

class JpegReaderWriterTest {

    private static final FrameHeader FRAME = new FrameHeader(Markers.SOF3, 12, 5, 7, List.of(
            new FrameHeader.Component(1, 1, 1, 0), new FrameHeader.Component(2, 2, 1, 1)));
    private static final ScanHeader SCAN = new ScanHeader(List.of(new ScanHeader.ScanComponent(1, 2, 3),
            new ScanHeader.ScanComponent(0, 0, 1)), 6, 0, 0, 2);
    private static final byte[] ENTROPY = {0x12, (byte) 0xFF, 0x00, 0x34, (byte) 0xFF, (byte) 0xD0, 0x56,
        (byte) 0xFF, (byte) 0xFF, (byte) 0xD1, 0x78};

    static byte[] sample() {
        BitWriter w = new BitWriter();
        JpegWriter.soi(w);
        JpegWriter.jfif(w);
        JpegWriter.adobe(w, 1);
        w.marker(Markers.COM);
        w.writeU16(5);
        w.writeBytes(new byte[] {'h', 'i', '!'});
        int[] q = new int[64];
        Arrays.setAll(q, i -> i * 10);
        JpegWriter.quantizationTable(w, 1, q);
        JpegWriter.huffmanTable(w, 0, 2, HuffmanTable.DC_LUMINANCE);
        JpegWriter.huffmanTable(w, 1, 3, HuffmanTable.AC_CHROMINANCE);
        JpegWriter.restartInterval(w, 9);
        JpegWriter.frameHeader(w, FRAME);
        JpegWriter.scanHeader(w, FRAME, SCAN);
        w.writeBytes(ENTROPY);
        JpegWriter.eoi(w);
        return w.toByteArray();
    }

    @Test
    void readsWhatTheWriterWrote() {
        byte[] d = sample();
        JpegReader r = new JpegReader(d);
        r.readSoi();
        HuffmanTable[] dc = new HuffmanTable[4];
        HuffmanTable[] ac = new HuffmanTable[4];
        int[][] q = new int[4][];
        int m;
        while (r.readTablesOrMisc(dc, ac, q) || r.marker() == Markers.SOI) {
            r.nextMarker();
        }
        assertThat(r.marker()).isEqualTo(Markers.SOF3);
        assertThat(r.readFrameHeader()).isEqualTo(FRAME);
        assertThat(r.jfif()).isTrue();
        assertThat(r.adobeTransform()).isEqualTo(1);
        assertThat(r.restartInterval()).isEqualTo(9);
        assertThat(dc[2]).isEqualTo(HuffmanTable.DC_LUMINANCE);
        assertThat(ac[3]).isEqualTo(HuffmanTable.AC_CHROMINANCE);
        assertThat(q[1][63]).isEqualTo(630);
        m = r.nextMarker();
        assertThat(m).isEqualTo(Markers.SOS);
        assertThat(r.readScanHeader()).isEqualTo(SCAN);
        assertThat(r.entropyStart()).isEqualTo(d.length - 2 - ENTROPY.length);
        assertThat(r.entropyEnd()).isEqualTo(d.length - 2);
        r.skipEntropy();
        assertThat(r.nextMarker()).isEqualTo(Markers.EOI);
        assertThat(r.atEnd()).isTrue();
        assertThatThrownBy(r::nextMarker).isInstanceOf(CodecFailure.class);
    }

    /** Parses a whole codestream the way a decoder would, touching every segment. */
    static void walk(byte[] d) {
        JpegReader r = new JpegReader(d);
        r.readSoi();
        HuffmanTable[] dc = new HuffmanTable[4];
        HuffmanTable[] ac = new HuffmanTable[4];
        int[][] q = new int[4][];
        for (int guard = 0; guard < 1000; guard++) {
            int m = r.nextMarker();
            if (m == Markers.EOI) {
                return;
            } else if (Markers.isSof(m)) {
                r.readFrameHeader();
            } else if (m == Markers.SOS) {
                r.readScanHeader();
                new BitReader(d, r.entropyStart(), r.entropyEnd()).bits(16);
                r.skipEntropy();
            } else if (m == Markers.DNL) {
                r.readNumberOfLines();
            } else if (!r.readTablesOrMisc(dc, ac, q)) {
                throw new CodecFailure("unexpected " + Markers.name(m));
            }
        }
    }

    @Test
    void truncatedOrCorruptedStreamsFailOnlyWithCodecFailure() {
        byte[] d = sample();
        walk(d);
        for (int n = 0; n < d.length - 2; n++) {
            byte[] cut = Arrays.copyOf(d, n);
            assertThatThrownBy(() -> walk(cut)).as("cut at %d", n).isInstanceOf(CodecFailure.class);
        }
        Random rnd = new Random(7);
        for (int i = 0; i < 5000; i++) {
            byte[] bad = d.clone();
            for (int k = rnd.nextInt(3); k >= 0; k--) {
                bad[rnd.nextInt(bad.length)] = (byte) rnd.nextInt(256);
            }
            try {
                walk(bad);
            } catch (CodecFailure expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void invalidHeadersAreReportedWithTheirOffset() {
        byte[] d = sample();
        int sof = indexOf(d, Markers.SOF3);
        byte[] zeroWidth = d.clone();
        zeroWidth[sof + 6] = 0;
        zeroWidth[sof + 7] = 0;
        assertThatThrownBy(() -> walk(zeroWidth)).isInstanceOf(CodecFailure.class)
                .hasMessageContaining("width 0").hasMessageContaining("offset " + (sof - 1));
        byte[] noJpeg = {0x00, 0x01};
        assertThatThrownBy(() -> walk(noJpeg)).isInstanceOf(CodecFailure.class);
        int sos = indexOf(d, Markers.SOS);
        byte[] badSelector = d.clone();
        badSelector[sos + 4] = 9;
        assertThatThrownBy(() -> walk(badSelector)).isInstanceOf(CodecFailure.class)
                .hasMessageContaining("not in the frame");
    }

    private static int indexOf(byte[] d, int marker) {
        for (int i = 0; i + 1 < d.length; i++) {
            if (d[i] == (byte) 0xFF && (d[i + 1] & 0xFF) == marker) {
                return i + 1;
            }
        }
        throw new AssertionError();
    }
}
