// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import java.util.Arrays;
import org.dicomtools.codec.CodecFailure;
import org.dicomtools.codec.FrameFormat;
import org.dicomtools.codec.jpeg.Markers;

/**
 * Decodes the coded data of one scan, line by line, into the output buffer: sets up the context model and the line
 * buffers, handles restart intervals (T.87 D.2 as CharLS reads them: at each RSTm the context model is reset and the
 * line above counts as all zeros, so every interval decodes on its own) and checks that the data did not run out.
 */
final class LsScanReader {
    private final byte[] data;
    private final LsStreamReader r;
    private final ScanParameters sp;
    private final LsStreamReader.Scan scan;
    private final int height;
    private final int restart;

    LsScanReader(byte[] data, LsStreamReader r, ScanParameters sp, LsStreamReader.Scan scan, int height,
                 int restart) {
        this.data = data;
        this.r = r;
        this.sp = sp;
        this.scan = scan;
        this.height = height;
        this.restart = restart;
    }

    /**
     * Decodes the scan into {@code out} of format {@code f} (pixel-interleaved).
     *
     * @return the offset from which the marker after the scan is to be sought
     */
    int decode(byte[] out, FrameFormat f) {
        int[] comps = scan.components();
        int m = comps.length;
        int ilv = m == 1 ? 0 : scan.ilv();
        int width = f.columns();
        int start = r.position();
        LsBitReader in = new LsBitReader(data, start, data.length);
        ContextModel ctx = new ContextModel(sp, ilv == 1 ? m : 1);
        LsScanDecoder dec = new LsScanDecoder(in, sp, ctx, width);
        int[][] prev = new int[m][width + 2];
        int[][] cur = new int[m][width + 2];
        int restarts = 0;
        for (int y = 0; y < height; y++) {
            if (restart > 0 && y > 0 && y % restart == 0) {
                checkNotOverrun(in, start);
                r.seekMarker(in.abandon());
                int at = r.position();
                int expected = Markers.RST0 + (restarts++ & 7);
                int marker = r.nextMarker();
                if (marker != expected) {
                    throw new CodecFailure("expected " + Markers.name(expected) + " at byte offset " + at
                            + ", found " + LsMarkers.name(marker));
                }
                in.restartAt(r.position());
                ctx.reset();
                for (int i = 0; i < m; i++) {
                    Arrays.fill(prev[i], 0);
                    Arrays.fill(cur[i], 0);
                }
            }
            if (ilv == 2) {
                SampleInterleave.decodeLine(dec, sp, ctx, prev, cur, width);
            } else {
                for (int i = 0; i < m; i++) {
                    dec.decodeLine(prev[i], cur[i], ilv == 1 ? i : 0);
                }
            }
            for (int i = 0; i < m; i++) {
                LsSamples.store(cur[i], out, f, comps[i], y);
            }
            int[][] t = prev;
            prev = cur;
            cur = t;
        }
        checkNotOverrun(in, start);
        return in.abandon();
    }

    private static void checkNotOverrun(LsBitReader in, int start) {
        if (in.overran()) {
            throw new CodecFailure("JPEG-LS codestream truncated: the scan data from byte offset " + start
                    + " end at byte offset " + in.position() + " before all lines are decoded");
        }
    }
}
