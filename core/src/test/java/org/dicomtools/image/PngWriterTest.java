// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.dicomtools.render.OutputImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our PNGs decode, with javax.imageio, to exactly the samples written; the chunk structure follows the spec. */
class PngWriterTest {

    record Chunk(String type, byte[] data, int crc) {
    }

    static Stream<Arguments> layouts() {
        List<Arguments> all = new ArrayList<>();
        int[][] sizes = {{1, 1}, {3, 5}, {2, 1}, {17, 9}};
        for (int[] size : sizes) {
            for (int channels : new int[] {1, 3}) {
                for (int bits : new int[] {8, 16}) {
                    for (PngFilter filter : PngFilter.values()) {
                        all.add(Arguments.of(size[0], size[1], channels, bits, filter));
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}x{1} channels={2} bits={3} {4}")
    @MethodSource("layouts")
    void decodesToTheSamplesWritten(int w, int h, int channels, int bits, PngFilter filter) throws IOException {
        OutputImage img = TestImages.noise(w, h, channels, bits, 31L * w + h + channels + bits);
        byte[] png = PngWriter.encode(img, PngOptions.DEFAULT.withFilter(filter));
        TestImages.assertSamples(img, ImageIO.read(new ByteArrayInputStream(png)));
        OutputImage smooth = TestImages.ctLike(w, h, channels, bits, 7);
        png = PngWriter.encode(smooth, new PngOptions(6, filter));
        TestImages.assertSamples(smooth, ImageIO.read(new ByteArrayInputStream(png)));
    }

    @Test
    void fixedFiltersMarkEveryRowAndAdaptiveUsesSeveral() throws DataFormatException {
        OutputImage img = TestImages.ctLike(64, 48, 1, 8, 3);
        for (PngFilter f : PngFilter.values()) {
            byte[] raw = inflate(PngWriter.encode(img, PngOptions.DEFAULT.withFilter(f)));
            assertThat(raw).hasSize(48 * (64 + 1));
            boolean[] seen = new boolean[5];
            for (int y = 0; y < 48; y++) {
                int type = raw[y * 65];
                if (f != PngFilter.ADAPTIVE) {
                    assertThat(type).as("row %d under %s", y, f).isEqualTo(f.type());
                }
                seen[type] = true;
            }
            if (f == PngFilter.ADAPTIVE) {
                int kinds = 0;
                for (boolean s : seen) {
                    kinds += s ? 1 : 0;
                }
                assertThat(kinds).isGreaterThan(1);
            }
        }
    }

    @Test
    void signatureAndHeaderOfA2x1GreyImageAreExact() {
        byte[] png = PngWriter.encode(OutputImage.of8(2, 1, 1, new byte[] {0, (byte) 255}), PngOptions.DEFAULT);
        byte[] expected = {
            (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, // signature
            0, 0, 0, 13, 'I', 'H', 'D', 'R', // length 13, type
            0, 0, 0, 2, 0, 0, 0, 1, // width 2, height 1
            8, 0, 0, 0, 0, // depth 8, greyscale, deflate, filter method 0, no interlace
            (byte) 0xD1, 0x49, 0x20, 0x56}; // CRC-32 of "IHDR" and the 13 data bytes
        assertThat(Arrays.copyOf(png, expected.length)).containsExactly(expected);
        assertThat(crc32(Arrays.copyOfRange(png, 12, 12 + 4 + 13))).isEqualTo(0xD1492056);
        List<Chunk> chunks = chunks(png);
        assertThat(chunks).extracting(Chunk::type).containsExactly("IHDR", "IDAT", "IEND");
        assertThat(chunks.get(2).data()).isEmpty();
    }

    @Test
    void largeImagesSplitIdatAndEveryChunkCrcHolds() throws IOException {
        OutputImage img = TestImages.noise(300, 200, 3, 16, 5); // 360 kB raw, incompressible
        byte[] png = PngWriter.encode(img, PngOptions.DEFAULT);
        List<Chunk> chunks = chunks(png);
        assertThat(chunks.stream().filter(c -> c.type().equals("IDAT")).count()).isGreaterThan(4);
        for (Chunk c : chunks) {
            assertThat(c.data().length).isLessThanOrEqualTo(PngWriter.IDAT_SIZE);
            byte[] typed = ByteBuffer.allocate(4 + c.data().length).put(c.type().getBytes()).put(c.data()).array();
            assertThat(c.crc()).as("CRC of %s", c.type()).isEqualTo(crc32(typed));
        }
        TestImages.assertSamples(img, ImageIO.read(new ByteArrayInputStream(png)));
    }

    @Test
    void theReusedEncoderGivesTheSameBytesAfterOtherImages() throws IOException {
        OutputImage a = TestImages.ctLike(40, 30, 1, 16, 1);
        byte[] first = PngWriter.encode(a, PngOptions.DEFAULT);
        PngWriter.encode(TestImages.noise(500, 300, 3, 8, 2), new PngOptions(9, PngFilter.ADAPTIVE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter.write(a, out, PngOptions.DEFAULT);
        assertThat(out.toByteArray()).isEqualTo(first);
    }

    @Test
    void higherLevelsAndAdaptiveFilteringDoNotGrowSmoothImages() {
        OutputImage img = TestImages.ctLike(256, 256, 1, 16, 9);
        int fast = PngWriter.encode(img, PngOptions.DEFAULT).length;
        int best = PngWriter.encode(img, new PngOptions(9, PngFilter.ADAPTIVE)).length;
        int raw = PngWriter.encode(img, new PngOptions(1, PngFilter.NONE)).length;
        assertThat(best).isLessThanOrEqualTo(fast);
        assertThat(fast).isLessThan(raw);
    }

    @Test
    void refusesBadOptions() {
        assertThatThrownBy(() -> new PngOptions(0, PngFilter.UP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PngOptions(10, PngFilter.UP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PngOptions(1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Splits a PNG file into chunks after checking the signature. */
    static List<Chunk> chunks(byte[] png) {
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        List<Chunk> out = new ArrayList<>();
        while (b.hasRemaining()) {
            int len = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            byte[] data = new byte[len];
            b.get(data);
            out.add(new Chunk(new String(type), data, b.getInt()));
        }
        return out;
    }

    /** The concatenated IDAT data, inflated: the filtered rows. */
    static byte[] inflate(byte[] png) throws DataFormatException {
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        for (Chunk c : chunks(png)) {
            if (c.type().equals("IDAT")) {
                z.writeBytes(c.data());
            }
        }
        Inflater inf = new Inflater();
        inf.setInput(z.toByteArray());
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!inf.finished()) {
            raw.write(buf, 0, inf.inflate(buf));
        }
        inf.end();
        return raw.toByteArray();
    }

    /** CRC-32 written out bit by bit from the PNG specification (polynomial 0xEDB88320, reflected), not CRC32. */
    static int crc32(byte[] bytes) {
        int c = 0xFFFFFFFF;
        for (byte v : bytes) {
            c ^= v & 0xFF;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
        }
        return ~c;
    }
}
