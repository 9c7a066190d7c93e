// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.Values;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.MalformedDicomException;

/**
 * Which fragments make up each frame of encapsulated Pixel Data (PS3.5 A.4). In order of trust: the Extended Offset
 * Table (7FE0,0001), the Basic Offset Table, one fragment per frame when the counts agree, all fragments for a single
 * frame, and last the start markers of the fragments (JPEG SOI FFD8, JPEG 2000 SOC FF4F) when there is no table.
 */
public final class EncapsulatedFrames {
    private EncapsulatedFrames() {
    }

    /**
     * The fragment indices of each frame.
     *
     * @param ds     the data set holding Pixel Data (for the Extended Offset Table), may be {@code null}
     * @param frames Number of Frames (1 when absent)
     * @throws MalformedDicomException when the fragments cannot be assigned to frames
     */
    public static int[][] locate(DataSet ds, Fragments f, int frames) {
        if (frames < 1) {
            throw new MalformedDicomException("Number of Frames " + frames + " is not positive", -1, "(0028,0008)");
        }
        long[] offsets = extendedOffsets(ds);
        if (offsets == null && f.basicOffsetTable().length >= 4) {
            offsets = f.offsets();
        }
        if (offsets != null && offsets.length == frames) {
            return byOffsets(f, offsets);
        }
        if (f.size() == frames) {
            int[][] out = new int[frames][];
            for (int i = 0; i < frames; i++) {
                out[i] = new int[] {i};
            }
            return out;
        }
        if (frames == 1) {
            int[] all = new int[f.size()];
            Arrays.setAll(all, i -> i);
            return new int[][] {all};
        }
        return byMarkers(f, frames);
    }

    private static long[] extendedOffsets(DataSet ds) {
        Element e = ds == null ? null : ds.get(Tag.ExtendedOffsetTable);
        if (e == null || !e.hasBytes() || e.length() < 8) {
            return null;
        }
        byte[] b = e.bytes();
        long[] out = new long[b.length / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = Values.i64(b, i * 8);
        }
        return out;
    }

    /** Offsets count from the first byte of the first fragment's item header; each item adds 8 + its length. */
    private static int[][] byOffsets(Fragments f, long[] offsets) {
        long[] itemStart = new long[f.size()];
        long pos = 0;
        for (int i = 0; i < f.size(); i++) {
            itemStart[i] = pos;
            long len = f.fragmentLength(i);
            pos += 8 + len + (len & 1);
        }
        int[][] out = new int[offsets.length][];
        for (int frame = 0; frame < offsets.length; frame++) {
            long start = offsets[frame];
            long end = frame + 1 < offsets.length ? offsets[frame + 1] : Long.MAX_VALUE;
            int first = Arrays.binarySearch(itemStart, start);
            if (first < 0 || end <= start) {
                throw new MalformedDicomException("offset table entry " + frame + " (" + start
                        + ") does not point at a fragment", -1, "(7FE0,0010)");
            }
            int last = first;
            while (last + 1 < itemStart.length && itemStart[last + 1] < end) {
                last++;
            }
            int[] idx = new int[last - first + 1];
            Arrays.setAll(idx, k -> first + k);
            out[frame] = idx;
        }
        return out;
    }

    private static int[][] byMarkers(Fragments f, int frames) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < f.size(); i++) {
            byte[] head = f.fragmentHead(i, 2);
            boolean soi = head.length == 2 && (head[0] & 0xFF) == 0xFF
                    && ((head[1] & 0xFF) == 0xD8 || (head[1] & 0xFF) == 0x4F);
            if (soi || i == 0) {
                starts.add(i);
            }
        }
        if (starts.size() != frames) {
            throw new MalformedDicomException(f.size() + " fragments without an offset table cannot be assigned to "
                    + frames + " frames (" + starts.size() + " start with a JPEG or JPEG 2000 marker)", -1,
                    "(7FE0,0010)");
        }
        int[][] out = new int[frames][];
        for (int k = 0; k < frames; k++) {
            int from = starts.get(k);
            int to = k + 1 < frames ? starts.get(k + 1) : f.size();
            int[] idx = new int[to - from];
            Arrays.setAll(idx, j -> from + j);
            out[k] = idx;
        }
        return out;
    }

    /** The bytes of one frame: its fragments joined in order (one fragment is returned as it is). */
    public static byte[] join(Fragments f, int[] indices) {
        if (indices.length == 1) {
            return f.fragment(indices[0]);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i : indices) {
            out.writeBytes(f.fragment(i));
        }
        return out.toByteArray();
    }
}
