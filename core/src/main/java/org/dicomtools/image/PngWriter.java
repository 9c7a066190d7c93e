// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.dicomtools.render.OutputImage;

/**
 * Our PNG encoder (PNG specification, ISO/IEC 15948): grey or RGB, 8 or 16 bits per sample, not interlaced. The file
 * is the signature, IHDR, the zlib stream of filtered rows split into IDAT chunks of at most 64 KiB, and IEND.
 *
 * <p>Each thread keeps one encoder (a {@link Deflater}, a CRC-32 and row buffers) and reuses it for every image it
 * writes, so a run over many frames allocates almost nothing per image.
 */
public final class PngWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] IHDR = ascii("IHDR");
    private static final byte[] IDAT = ascii("IDAT");
    private static final byte[] IEND = ascii("IEND");
    /** Largest IDAT payload we write. */
    static final int IDAT_SIZE = 64 * 1024;
    /** About how many filtered bytes are handed to the deflater at once. */
    private static final int BATCH_SIZE = 64 * 1024;

    private static final ThreadLocal<Encoder> ENCODERS = ThreadLocal.withInitial(Encoder::new);

    private PngWriter() {
    }

    /** Writes {@code img} as a PNG file to {@code out}, which is not closed. */
    public static void write(OutputImage img, OutputStream out, PngOptions opts) throws IOException {
        Encoder encoder = ENCODERS.get();
        if (encoder.busy) { // only if the stream itself writes a PNG on this thread
            encoder = new Encoder();
        }
        encoder.busy = true;
        try {
            encoder.encode(img, out, opts);
        } finally {
            encoder.busy = false;
        }
    }

    /** Returns {@code img} as the bytes of a PNG file. */
    public static byte[] encode(OutputImage img, PngOptions opts) {
        long raw = (long) img.height() * (img.width() * (long) img.channels() * (img.bits() / 8) + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(raw / 2 + 1024, 1 << 26));
        try {
            write(img, out, opts);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The per-thread state: reset and reused for each image. */
    private static final class Encoder {
        private final Deflater deflater = new Deflater(PngOptions.DEFAULT.level());
        private final CRC32 crc = new CRC32();
        private final byte[] header = new byte[8];
        private final byte[] idat = new byte[IDAT_SIZE];
        private final byte[][] trial = new byte[5][];
        private byte[] zeros = new byte[0];
        private byte[] rowA = new byte[0];
        private byte[] rowB = new byte[0];
        private byte[] batch = new byte[0];
        private int batchLen;
        private int idatLen;
        private boolean busy;

        void encode(OutputImage img, OutputStream out, PngOptions opts) throws IOException {
            int width = img.width();
            int height = img.height();
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("a PNG image needs at least one pixel, not " + width + "x" + height);
            }
            int bpp = img.channels() * img.bits() / 8;
            long rowLong = (long) width * bpp;
            if (rowLong > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("image rows of " + rowLong + " bytes are too long");
            }
            int n = (int) rowLong;
            prepare(n, opts);
            out.write(SIGNATURE);
            writeIhdr(out, img);

            boolean wide = img.bits() == 16;
            int samplesPerRow = width * img.channels();
            byte[] up = zeros;
            int uo = 0;
            for (int y = 0; y < height; y++) {
                byte[] src;
                int so;
                if (wide) {
                    src = up == rowA ? rowB : rowA;
                    so = 0;
                    PngRows.bigEndian(img.shorts(), y * samplesPerRow, src, samplesPerRow);
                } else {
                    src = img.bytes();
                    so = y * n;
                }
                if (batchLen + n + 1 > batch.length) {
                    deflate(out);
                }
                filter(opts.filter(), src, so, up, uo, n, bpp);
                batchLen += n + 1;
                up = src;
                uo = so;
            }
            deflate(out);
            deflater.finish();
            while (!deflater.finished()) {
                drain(out);
            }
            if (idatLen > 0) {
                writeChunk(out, IDAT, idat, idatLen);
                idatLen = 0;
            }
            writeChunk(out, IEND, idat, 0);
        }

        private void prepare(int n, PngOptions opts) {
            deflater.reset();
            deflater.setLevel(opts.level());
            batchLen = 0;
            idatLen = 0;
            if (zeros.length < n) {
                zeros = new byte[n];
                rowA = new byte[n];
                rowB = new byte[n];
            }
            int rows = Math.max(1, BATCH_SIZE / (n + 1));
            if (batch.length < rows * (n + 1)) {
                batch = new byte[rows * (n + 1)];
            }
            if (opts.filter() == PngFilter.ADAPTIVE && (trial[0] == null || trial[0].length < n + 1)) {
                for (int t = 0; t < 5; t++) {
                    trial[t] = new byte[n + 1];
                }
            }
        }

        private void filter(PngFilter choice, byte[] src, int so, byte[] up, int uo, int n, int bpp) {
            switch (choice) {
                case NONE -> PngRows.none(src, so, batch, batchLen, n);
                case UP -> PngRows.up(src, so, up, uo, batch, batchLen, n);
                case ADAPTIVE -> {
                    int best = 0;
                    long bestCost = Long.MAX_VALUE;
                    for (int t = 0; t < 5; t++) {
                        PngRows.filter(t, src, so, up, uo, trial[t], 0, n, bpp);
                        long cost = PngRows.cost(trial[t], 0, n);
                        if (cost < bestCost) {
                            bestCost = cost;
                            best = t;
                        }
                    }
                    System.arraycopy(trial[best], 0, batch, batchLen, n + 1);
                }
                default -> PngRows.filter(choice.type(), src, so, up, uo, batch, batchLen, n, bpp);
            }
        }

        /** Hands the filtered rows gathered so far to the deflater and writes out what it produces. */
        private void deflate(OutputStream out) throws IOException {
            if (batchLen == 0) {
                return;
            }
            deflater.setInput(batch, 0, batchLen);
            while (!deflater.needsInput()) {
                drain(out);
            }
            batchLen = 0;
        }

        private void drain(OutputStream out) throws IOException {
            idatLen += deflater.deflate(idat, idatLen, IDAT_SIZE - idatLen);
            if (idatLen == IDAT_SIZE) {
                writeChunk(out, IDAT, idat, idatLen);
                idatLen = 0;
            }
        }

        private void writeIhdr(OutputStream out, OutputImage img) throws IOException {
            byte[] data = new byte[13];
            putInt(data, 0, img.width());
            putInt(data, 4, img.height());
            data[8] = (byte) img.bits();
            data[9] = (byte) (img.channels() == 3 ? 2 : 0); // colour type: 2 truecolour, 0 greyscale
            // data[10..12]: compression method 0 (deflate), filter method 0 (adaptive), interlace method 0 (none)
            writeChunk(out, IHDR, data, data.length);
        }

        /** One chunk: length, type, data, and the CRC-32 of type and data. */
        private void writeChunk(OutputStream out, byte[] type, byte[] data, int len) throws IOException {
            putInt(header, 0, len);
            System.arraycopy(type, 0, header, 4, 4);
            out.write(header, 0, 8);
            out.write(data, 0, len);
            crc.reset();
            crc.update(type, 0, 4);
            crc.update(data, 0, len);
            putInt(header, 0, (int) crc.getValue());
            out.write(header, 0, 4);
        }

        private static void putInt(byte[] b, int off, int v) {
            b[off] = (byte) (v >>> 24);
            b[off + 1] = (byte) (v >>> 16);
            b[off + 2] = (byte) (v >>> 8);
            b[off + 3] = (byte) v;
        }
    }
}
