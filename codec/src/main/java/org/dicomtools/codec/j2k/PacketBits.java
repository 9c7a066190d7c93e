// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import org.dicomtools.codec.CodecFailure;

/** The bits of a packet header (ISO 15444-1 B.10.1): most significant first, 7 bits in a byte that follows 0xFF. */
final class PacketBits {
    private byte[] data;
    private int pos;
    private int end;
    private int current;
    private int count;

    void start(byte[] bytes, int start, int stop) {
        data = bytes;
        pos = start;
        end = stop;
        current = 0;
        count = 0;
    }

    int bit() {
        if (count == 0) {
            if (pos >= end) {
                throw new CodecFailure("JPEG 2000 packet header runs past the end of its tile's data");
            }
            boolean stuffed = current == 0xFF;
            current = data[pos++] & 0xFF;
            count = stuffed ? 7 : 8;
        }
        count--;
        return (current >> count) & 1;
    }

    int bits(int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            v = v << 1 | bit();
        }
        return v;
    }

    /** Ends the header: a byte after a final 0xFF is still the header's (B.10.1); returns the next byte's offset. */
    int finish() {
        if (current == 0xFF) {
            if (pos >= end) {
                throw new CodecFailure("JPEG 2000 packet header runs past the end of its tile's data");
            }
            pos++;
        }
        current = 0;
        count = 0;
        return pos;
    }
}
