// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.rle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dicomtools.codec.rle.RleBytes.bytes;
import static org.dicomtools.codec.rle.RleBytes.frame;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.assertj.core.api.AbstractThrowableAssert;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.ColorSpace;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.DecodedFrame;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

/** Decoding hand-written streams, well-formed, tolerable and broken. */
class RleDecoderTest {

    private static final FrameFormat GREY_4X2 = new FrameFormat(4, 2, 1, 8, 8, false, false);
    private static final FrameFormat GREY16_2X1 = new FrameFormat(2, 1, 1, 16, 16, false, false);

    private final RleDecoder decoder = new RleDecoder();

    private DecodedFrame decode(byte[] data, FrameFormat format) {
        return decoder.decode(data, format, DecodeOptions.DEFAULT);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertFails(byte[] data, FrameFormat format) {
        return assertThatThrownBy(() -> decode(data, format)).isInstanceOf(CodecFailure.class);
    }

    @Test
    void decodesTheHandWorkedGreyFrame() {
        byte[] data = frame(bytes(0xFE, 0x07, 0x00, 0x09, 0x03, 0x01, 0x02, 0x02, 0x03, 0x00));
        DecodedFrame frame = decode(data, GREY_4X2);
        assertThat(frame.samples()).isEqualTo(bytes(7, 7, 7, 9, 1, 2, 2, 3));
        assertThat(frame.format()).isEqualTo(GREY_4X2);
        assertThat(frame.colorSpace()).isEqualTo(ColorSpace.MONOCHROME);
    }

    @Test
    void putsTheFirstSegmentOfASampleInItsHighByte() {
        byte[] data = frame(bytes(0x01, 0x01, 0x03, 0x00), bytes(0x01, 0x02, 0x04, 0x00));
        assertThat(decode(data, GREY16_2X1).samples()).isEqualTo(bytes(0x02, 0x01, 0x04, 0x03));
    }

    @Test
    void colourComesOutInterleavedAndLabelledRgbEvenWhenPlanarWasExpected() {
        byte[] data = frame(bytes(0x01, 0x10, 0x20, 0x00), bytes(0x01, 0x30, 0x40, 0x00), bytes(0xFF, 0x50));
        FrameFormat planar = new FrameFormat(2, 1, 3, 8, 8, false, true);
        DecodedFrame frame = decode(data, planar);
        assertThat(frame.samples()).isEqualTo(bytes(0x10, 0x30, 0x50, 0x20, 0x40, 0x50));
        assertThat(frame.format()).isEqualTo(planar.withPlanar(false));
        assertThat(frame.colorSpace()).isEqualTo(ColorSpace.RGB);
    }

    @Test
    void neitherMasksNorSignExtends() {
        // 0x0800 is negative in 12 bits and 0xF123 has bits above bit 11: both come back as they were coded.
        FrameFormat format = new FrameFormat(2, 1, 1, 16, 12, true, false);
        byte[] data = frame(bytes(0x01, 0x08, 0xF1, 0x00), bytes(0x01, 0x00, 0x23, 0x00));
        assertThat(decode(data, format).samples()).isEqualTo(bytes(0x00, 0x08, 0x23, 0xF1));
    }

    @Test
    void toleratesNoOpCodesRunsAcrossRowsMissingPaddingAndTrailingBytes() {
        // -128 codes are skipped (G.3.2); one run of 8 covers both rows; no pad; garbage after the segment.
        byte[] data = frame(bytes(0x80, 0xF9, 0x05, 0x80, 0x42, 0x42, 0x42));
        assertThat(decode(data, GREY_4X2).samples()).containsOnly(5).hasSize(8);
    }

    @Test
    void toleratesAGapAfterTheHeaderAndNonZeroUnusedOffsets() {
        long[] offsets = new long[15];
        Arrays.fill(offsets, 99);
        offsets[0] = 66;
        byte[] data = frame(1, offsets, bytes(0x55, 0x55, 0xF9, 0x01));
        assertThat(decode(data, GREY_4X2).samples()).containsOnly(1).hasSize(8);
    }

    @Test
    void truncatedHeader() {
        assertFails(new byte[0], GREY_4X2).hasMessageContaining("header truncated").hasMessageContaining("0 bytes");
        assertFails(new byte[63], GREY_4X2).hasMessageContaining("header truncated").hasMessageContaining("63 bytes");
    }

    @Test
    void segmentCountOutside1To15() {
        assertFails(frame(0, new long[0], bytes(0xF9, 1)), GREY_4X2).hasMessageContaining("segment count 0 ");
        long[] sixteen = new long[15];
        for (int i = 0; i < sixteen.length; i++) {
            sixteen[i] = 64 + 2L * i;
        }
        assertFails(frame(16, sixteen, new byte[40]), GREY_4X2).hasMessageContaining("segment count 16 ")
                .hasMessageContaining("1 to 15");
        assertFails(frame(0xFFFF_FFFFL, new long[] {64}, bytes(0xF9, 1)), GREY_4X2)
                .hasMessageContaining("segment count 4294967295 ");
    }

    @Test
    void segmentCountNotMatchingTheFrame() {
        assertFails(frame(bytes(0xF9, 1), bytes(0xF9, 1)), GREY_4X2)
                .hasMessageContaining("segment count 2,").hasMessageContaining("needs 1,");
        assertFails(frame(bytes(0xFF, 1)), GREY16_2X1)
                .hasMessageContaining("segment count 1,").hasMessageContaining("needs 2,");
    }

    @Test
    void firstOffsetInsideTheHeader() {
        assertFails(frame(1, new long[] {0}, bytes(0xF9, 1)), GREY_4X2)
                .hasMessageContaining("segment 1 of 1").hasMessageContaining("inside the 64-byte header");
        assertFails(frame(1, new long[] {63}, bytes(0xF9, 1)), GREY_4X2).hasMessageContaining("inside");
    }

    @Test
    void offsetsOutOfOrder() {
        byte[] body = bytes(0xFF, 1, 0xFF, 2);
        assertFails(frame(2, new long[] {66, 64}, body), GREY16_2X1)
                .hasMessageContaining("segment 2 of 2").hasMessageContaining("not after segment 1's offset 66");
        assertFails(frame(2, new long[] {64, 64}, body), GREY16_2X1).hasMessageContaining("segment 2 of 2");
    }

    @Test
    void offsetBeyondTheData() {
        assertFails(frame(1, new long[] {200}, bytes(0xF9, 1)), GREY_4X2)
                .hasMessageContaining("offset 200").hasMessageContaining("beyond the 66 bytes");
        assertFails(frame(2, new long[] {64, 66}, bytes(0xFF, 1)), GREY16_2X1)
                .hasMessageContaining("segment 2 of 2").hasMessageContaining("beyond");
        assertFails(frame(2, new long[] {64, 0xFFFF_FFF0L}, bytes(0xFF, 1)), GREY16_2X1)
                .hasMessageContaining("4294967280");
    }

    @Test
    void literalRunPastTheEndOfTheData() {
        // A literal of 8 with only 3 bytes after its code.
        assertFails(frame(bytes(0x07, 1, 2, 3)), GREY_4X2)
                .hasMessageContaining("segment 1 of 1, byte offset 64").hasMessageContaining("literal run of 8");
    }

    @Test
    void literalRunPastTheEndOfItsSegmentIntoTheNext() {
        // Segment 1's literal of 2 would read the first byte of segment 2.
        assertFails(frame(bytes(0x01, 9), bytes(0xFF, 2)), GREY16_2X1)
                .hasMessageContaining("segment 1 of 2, byte offset 64").hasMessageContaining("ends at byte offset 66");
    }

    @Test
    void replicateRunWithoutItsByte() {
        assertFails(frame(bytes(0xF9)), GREY_4X2)
                .hasMessageContaining("byte offset 64").hasMessageContaining("no byte to repeat");
    }

    @Test
    void runsOverrunningTheSegmentsBytes() {
        assertFails(frame(bytes(0xF8, 1)), GREY_4X2)
                .hasMessageContaining("segment 1 of 1, byte offset 64").hasMessageContaining("replicate run of 9")
                .hasMessageContaining("only 8 are left");
        assertFails(frame(bytes(0xFD, 1, 0x04, 1, 2, 3, 4, 5)), GREY_4X2)
                .hasMessageContaining("byte offset 66").hasMessageContaining("literal run of 5")
                .hasMessageContaining("only 4 are left");
    }

    @Test
    void segmentEndingEarly() {
        assertFails(frame(bytes(0xFD, 1, 0xFF, 2)), GREY_4X2)
                .hasMessageContaining("segment 1 of 1, byte offset 68").hasMessageContaining("after 6 of its 8 bytes");
        assertFails(frame(bytes(0xFF, 1), bytes(0x80, 0x80)), GREY16_2X1)
                .hasMessageContaining("segment 2 of 2, byte offset 68").hasMessageContaining("after 0 of its 2");
    }

    /** Whatever follows a valid header, decoding either works or fails with a CodecFailure, and returns. */
    @Property(tries = 500)
    void arbitrarySegmentsNeverFailOtherwise(@ForAll @Size(max = 300) byte[] body,
                                             @ForAll @IntRange(min = 1, max = 20) int columns,
                                             @ForAll @IntRange(min = 1, max = 20) int rows,
                                             @ForAll @IntRange(min = 0, max = 300) int split) {
        FrameFormat format = new FrameFormat(columns, rows, 1, 16, 16, false, false);
        byte[] data = frame(2, new long[] {64, 64L + Math.min(split, body.length)}, body);
        try {
            assertThat(decode(data, format).samples()).hasSize(columns * rows * 2);
        } catch (CodecFailure expected) {
            assertThat(expected).hasMessageStartingWith("RLE ");
        }
    }
}
