// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.rle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dicomtools.codec.rle.RleBytes.bytes;
import static org.dicomtools.codec.rle.RleBytes.frame;

import java.util.Arrays;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

/** Encoded bytes worked out by hand from PS3.5 G.2-G.5. */
class RleEncoderTest {

    private final RleEncoder encoder = new RleEncoder();

    private byte[] encode(byte[] samples, FrameFormat format) {
        byte[] encoded = encoder.encode(samples, format, EncodeOptions.DEFAULT);
        RleBytes.assertConforms(encoded, format);
        return encoded;
    }

    private static FrameFormat grey8(int columns, int rows) {
        return new FrameFormat(columns, rows, 1, 8, 8, false, false);
    }

    @Test
    void fourByTwoGreyImageWithARunAndLiterals() {
        // Row 1: 07 07 07 is a replicate run of 3 (code -3+1 = -2 = FE), then 09 a literal of 1 (code 0).
        // Row 2: 01 02 02 03: the pair 02 02 sits between literal bytes, so it joins them: one literal of 4 (code 3).
        // The segment is FE 07 00 09 03 01 02 02 03: 9 bytes, odd, so one zero byte pads it (G.3).
        byte[] samples = bytes(7, 7, 7, 9, 1, 2, 2, 3);
        byte[] expected = frame(1, new long[] {64},
                bytes(0xFE, 0x07, 0x00, 0x09, 0x03, 0x01, 0x02, 0x02, 0x03, 0x00));
        assertThat(encode(samples, grey8(4, 2))).isEqualTo(expected);
        assertThat(expected).hasSize(74).startsWith(bytes(1, 0, 0, 0, 64, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void sixteenBitSamplesGiveTheHighByteSegmentFirst() {
        // Samples 0x0102 and 0x0304, little-endian in the buffer: 02 01 04 03.
        // Segment 1 holds the high bytes 01 03, segment 2 the low bytes 02 04; each a literal of 2, padded to 4.
        FrameFormat format = new FrameFormat(2, 1, 1, 16, 16, false, false);
        byte[] expected = frame(2, new long[] {64, 68}, bytes(0x01, 0x01, 0x03, 0x00, 0x01, 0x02, 0x04, 0x00));
        assertThat(encode(bytes(0x02, 0x01, 0x04, 0x03), format)).isEqualTo(expected);
    }

    @Test
    void thirtyTwoBitSampleGivesFourSegmentsMostSignificantFirst() {
        FrameFormat format = new FrameFormat(1, 1, 1, 32, 32, false, false);
        byte[] expected = frame(4, new long[] {64, 66, 68, 70},
                bytes(0x00, 0x11, 0x00, 0x22, 0x00, 0x33, 0x00, 0x44));
        assertThat(encode(bytes(0x44, 0x33, 0x22, 0x11), format)).isEqualTo(expected);
    }

    @Test
    void colourGivesOneSegmentPerSampleWhateverTheInputLayout() {
        // Two RGB pixels (10,30,50) and (20,40,60): segments R = 10 20, G = 30 40, B = 50 60.
        byte[] expected = frame(3, new long[] {64, 68, 72},
                bytes(0x01, 0x10, 0x20, 0x00, 0x01, 0x30, 0x40, 0x00, 0x01, 0x50, 0x60, 0x00));
        FrameFormat interleaved = new FrameFormat(2, 1, 3, 8, 8, false, false);
        assertThat(encode(bytes(0x10, 0x30, 0x50, 0x20, 0x40, 0x60), interleaved)).isEqualTo(expected);
        assertThat(encode(bytes(0x10, 0x20, 0x30, 0x40, 0x50, 0x60), interleaved.withPlanar(true)))
                .isEqualTo(expected);
    }

    @Test
    void runsStopAtTheEndOfEachRow() {
        // Four equal bytes in two rows of two: two replicate pairs (code -1 = FF), not one run of 4 (G.3.1).
        assertThat(encode(bytes(7, 7, 7, 7), grey8(2, 2))).isEqualTo(frame(bytes(0xFF, 7, 0xFF, 7)));
    }

    @Test
    void replicateRunsHoldAtMost128Bytes() {
        assertThat(encode(filled(128, 0x55), grey8(128, 1))).isEqualTo(frame(bytes(0x81, 0x55)));
        // 129: a full run (code -127 = 81) and a literal of the last byte.
        assertThat(encode(filled(129, 0x55), grey8(129, 1))).isEqualTo(frame(bytes(0x81, 0x55, 0x00, 0x55)));
        // 130: a full run and a replicate pair.
        assertThat(encode(filled(130, 0x55), grey8(130, 1))).isEqualTo(frame(bytes(0x81, 0x55, 0xFF, 0x55)));
    }

    @Test
    void literalRunsHoldAtMost128Bytes() {
        byte[] row = new byte[130];
        for (int i = 0; i < row.length; i++) {
            row[i] = (byte) i;
        }
        byte[] segment = new byte[132];
        segment[0] = 127;
        System.arraycopy(row, 0, segment, 1, 128);
        segment[129] = 1;
        segment[130] = (byte) 128;
        segment[131] = (byte) 129;
        assertThat(encode(row, grey8(130, 1))).isEqualTo(frame(segment));
    }

    @Test
    void aPairStartingARowIsAReplicateRun() {
        // 02 02 05 06: no literal is open at the pair, so it costs 2 bytes as a replicate run.
        assertThat(encode(bytes(2, 2, 5, 6), grey8(4, 1))).isEqualTo(frame(bytes(0xFF, 2, 0x01, 5, 6, 0x00)));
    }

    @Test
    void aPairAfterA127ByteLiteralIsAReplicateRun() {
        byte[] row = new byte[129];
        for (int i = 0; i < 127; i++) {
            row[i] = (byte) (i + 1);
        }
        byte[] segment = new byte[130];
        segment[0] = 126;
        System.arraycopy(row, 0, segment, 1, 127);
        segment[128] = -1;
        assertThat(encode(row, grey8(129, 1))).isEqualTo(frame(segment));
    }

    @Test
    void keepsBitsAboveBitsStored() {
        // 12 bits stored, but the high nibbles are coded too: 0xF123 stays 0xF123.
        FrameFormat format = new FrameFormat(1, 1, 1, 16, 12, true, false);
        assertThat(encode(bytes(0x23, 0xF1), format)).isEqualTo(frame(bytes(0x00, 0xF1), bytes(0x00, 0x23)));
    }

    @Test
    void ignoresBytesAfterTheFrame() {
        assertThat(encode(bytes(7, 7, 7, 0), grey8(3, 1))).isEqualTo(frame(bytes(0xFE, 7)));
    }

    @Test
    void tooFewSamplesIsACodecFailure() {
        assertThatThrownBy(() -> encoder.encode(new byte[5], new FrameFormat(3, 1, 1, 16, 16, false, false),
                EncodeOptions.DEFAULT))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("5 bytes").hasMessageContaining("takes 6");
    }

    @Test
    void segmentCountIsLimitedTo15() {
        assertThat(RleFormat.segmentCount(3, 4)).isEqualTo(12);
        assertThatThrownBy(() -> RleFormat.segmentCount(4, 4))
                .isInstanceOf(CodecFailure.class).hasMessageContaining("16 segments").hasMessageContaining("15");
    }

    private static byte[] filled(int n, int value) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) value);
        return b;
    }
}
