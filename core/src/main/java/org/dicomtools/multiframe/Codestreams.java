// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dicomtools.data.Fragments;

/**
 * Finds the frames of encapsulated pixel data whose fragments do not say where frames start (no offset table, and
 * fragments that do not start one frame each, such as every frame in a single fragment): by the codestreams
 * themselves. A JPEG or JPEG-LS codestream runs from SOI (FFD8) to EOI (FFD9), a JPEG 2000 one from SOC (FF4F) to EOC
 * (FFD9). Inside entropy-coded data a byte FF is never followed by D9 (T.81 B.1.1.5 stuffs a 00, T.87 and T.800 stuff
 * a byte below 90), so a frame ends at an end marker followed, after any padding zeros, by the next start marker.
 *
 * <p>A guess nonetheless: it is accepted only when it finds exactly one codestream per frame, and each frame is then
 * decoded, which checks its size against the data set. It needs the pixel data in memory, once; only broken files
 * come here.
 */
final class Codestreams {
    private Codestreams() {
    }

    /** The codestream of each frame, or {@code null} when the fragments do not hold {@code frames} of them. */
    static List<byte[]> split(Fragments fragments, int frames) {
        long total = 0;
        for (int i = 0; i < fragments.size(); i++) {
            total += fragments.fragmentLength(i);
        }
        if (total > Integer.MAX_VALUE - 8) {
            return null;
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream((int) total);
        for (int i = 0; i < fragments.size(); i++) {
            joined.writeBytes(fragments.fragment(i));
        }
        byte[] all = joined.toByteArray();
        List<Integer> starts = new ArrayList<>();
        if (!isStart(all, 0)) {
            return null;
        }
        starts.add(0);
        for (int i = 2; i + 1 < all.length; i++) {
            if (all[i] == (byte) 0xFF && all[i + 1] == (byte) 0xD9) {
                int next = i + 2;
                while (next < all.length && all[next] == 0) {
                    next++;
                }
                if (isStart(all, next)) {
                    starts.add(next);
                    i = next + 1;
                }
            }
        }
        if (starts.size() != frames) {
            return null;
        }
        List<byte[]> out = new ArrayList<>(frames);
        for (int k = 0; k < frames; k++) {
            int from = starts.get(k);
            int to = k + 1 < frames ? starts.get(k + 1) : all.length;
            out.add(java.util.Arrays.copyOfRange(all, from, to));
        }
        return out;
    }

    /** SOI followed by another marker (JPEG, JPEG-LS), or SOC followed by SIZ (JPEG 2000). */
    private static boolean isStart(byte[] b, int at) {
        if (at + 3 >= b.length || b[at] != (byte) 0xFF || b[at + 2] != (byte) 0xFF) {
            return false;
        }
        return b[at + 1] == (byte) 0xD8 || b[at + 1] == (byte) 0x4F && b[at + 3] == (byte) 0x51;
    }
}
