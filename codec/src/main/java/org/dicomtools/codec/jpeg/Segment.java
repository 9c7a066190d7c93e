// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import org.dicomtools.codec.CodecFailure;

/** One marker segment's contents, read with bounds checks that fail with the segment's name and offset. */
final class Segment {
    private final byte[] data;
    private final int marker;
    private final int markerOffset;
    /** Offset just past the segment. */
    final int next;
    /** Offset of the start of the segment's contents (after its length field). */
    final int start;
    private int pos;

    private Segment(byte[] data, int marker, int markerOffset, int start, int end) {
        this.data = data;
        this.marker = marker;
        this.markerOffset = markerOffset;
        this.start = start;
        this.next = end;
        this.pos = start;
    }

    /**
     * The segment whose length field is at {@code pos}, which must end by {@code limit}.
     *
     * @param marker       the segment's marker, for messages
     * @param markerOffset where that marker is, for messages
     */
    static Segment at(byte[] data, int pos, int limit, int marker, int markerOffset) {
        if (pos + 2 > limit) {
            throw new CodecFailure("codestream ends at byte offset " + pos + " inside the length of "
                    + Markers.name(marker));
        }
        int length = (data[pos] & 0xFF) << 8 | (data[pos + 1] & 0xFF);
        Segment s = new Segment(data, marker, markerOffset, pos + 2, pos + length);
        s.check(length >= 2, "length " + length);
        if (pos + length > limit) {
            throw new CodecFailure(Markers.name(marker) + " segment at byte offset " + markerOffset + " of length "
                    + length + " runs past the end of the data at " + limit);
        }
        return s;
    }

    int remaining() {
        return next - pos;
    }

    int u8() {
        if (pos >= next) {
            throw new CodecFailure(Markers.name(marker) + " segment at byte offset " + markerOffset
                    + " is shorter than its contents (at " + pos + ")");
        }
        return data[pos++] & 0xFF;
    }

    int u16() {
        return u8() << 8 | u8();
    }

    /** Whether the contents start with the ASCII characters of {@code id}. */
    boolean startsWith(String id) {
        if (next - start < id.length()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (data[start + i] != (byte) id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The byte {@code index} bytes into the contents. */
    int byteAt(int index) {
        return data[start + index] & 0xFF;
    }

    /** Checks that the contents ended exactly where the length said. */
    void end() {
        check(pos == next, "length says it ends at " + next + " but its contents end at " + pos);
    }

    /** Fails unless {@code ok}, saying the segment is invalid because of {@code what}. */
    void check(boolean ok, String what) {
        if (!ok) {
            throw new CodecFailure("invalid " + Markers.name(marker) + " segment at byte offset " + markerOffset
                    + ": " + what);
        }
    }
}
