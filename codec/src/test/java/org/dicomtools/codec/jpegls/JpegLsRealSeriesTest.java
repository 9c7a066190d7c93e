// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dicomtools.codec.DecodeOptions;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The 174 real CT slices (skipped when the shared data are absent): each encodes to exactly the bytes the encoder
 * wrote before its line loops were specialised for speed (their SHA-256 recorded in {@code sample-series.sha256};
 * DCMTK's dcmdjpls decodes those streams to the original pixels), and decodes back to the original pixels both
 * through the specialised loops and through T.87 as written.
 */
class JpegLsRealSeriesTest {
    private static final Path SERIES = Path.of("../../shared/data/sample_series");

    @Test
    void everySliceEncodesToItsRecordedBytesAndDecodesLosslessly() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SERIES), "no real series at " + SERIES);
        Map<String, String> expected = recordedHashes();
        JpegLsEncoder encoder = new JpegLsEncoder();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Slice slice = Slice.read(SERIES.resolve(e.getKey()));
            byte[] stream = encoder.encode(slice.pixels, slice.format, EncodeOptions.DEFAULT);
            assertThat(sha256(stream)).as("SHA-256 of %s encoded", e.getKey()).isEqualTo(e.getValue());
            for (boolean specialised : new boolean[] {true, false}) {
                byte[] decoded = new JpegLsDecoder(specialised).decode(stream, slice.format, DecodeOptions.DEFAULT)
                        .samples();
                assertThat(decoded).as("%s decoded, specialised %s", e.getKey(), specialised)
                        .isEqualTo(slice.pixels);
            }
        }
        assertThat(expected).hasSize(174);
    }

    private static Map<String, String> recordedHashes() throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (InputStream in = JpegLsRealSeriesTest.class.getResourceAsStream("sample-series.sha256");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] parts = line.trim().split("\\s+");
                hashes.put(parts[1], parts[0]);
            }
        }
        return hashes;
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A slice's frame, found without a DICOM parser (the codec module has none): these files are Explicit VR Little
     * Endian (PS3.5 7.1.2) with short-form US elements for the pixel description and OW Pixel Data of defined length
     * last.
     */
    private record Slice(FrameFormat format, byte[] pixels) {
        static Slice read(Path file) throws IOException {
            byte[] d = Files.readAllBytes(file);
            int rows = us(d, 0x0010);
            int columns = us(d, 0x0011);
            int allocated = us(d, 0x0100);
            int stored = us(d, 0x0101);
            boolean signed = us(d, 0x0103) == 1;
            FrameFormat format = new FrameFormat(columns, rows, 1, allocated, stored, signed, false);
            byte[] header = {(byte) 0xE0, 0x7F, 0x10, 0x00, 'O', 'W', 0, 0};
            int at = indexOf(d, header);
            int length = (int) le(d, at + 8, 4);
            assertThat(length).as("Pixel Data length of %s", file).isEqualTo(format.frameLength());
            byte[] pixels = new byte[length];
            System.arraycopy(d, at + 12, pixels, 0, length);
            return new Slice(format, pixels);
        }

        /** The value of the US element (0028,{@code element}). */
        private static int us(byte[] d, int element) {
            byte[] header = {0x28, 0x00, (byte) element, (byte) (element >> 8), 'U', 'S', 2, 0};
            return (int) le(d, indexOf(d, header) + 8, 2);
        }

        private static long le(byte[] d, int at, int n) {
            long v = 0;
            for (int i = n - 1; i >= 0; i--) {
                v = v << 8 | (d[at + i] & 0xFF);
            }
            return v;
        }

        private static int indexOf(byte[] d, byte[] pattern) {
            // The first match is the element: the header and the pixel description come before Pixel Data, whose
            // value is the only place the bytes could also occur by chance.
            for (int i = 0; i + pattern.length <= d.length; i++) {
                int j = 0;
                while (j < pattern.length && d[i + j] == pattern[j]) {
                    j++;
                }
                if (j == pattern.length) {
                    return i;
                }
            }
            throw new AssertionError("no element " + HexFormat.of().formatHex(pattern, 0, 4));
        }
    }
}
