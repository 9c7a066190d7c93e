// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

/**
 * The bit packing of packet headers (ISO 15444-1 B.10.1): most significant bit first, and after a byte of 0xFF the
 * next byte carries only 7 bits behind a stuffed 0, so no marker code can appear; the header ends on a byte boundary
 * and never on 0xFF.
 */
final class HeaderBits {
    private final ByteSink out;
    private int current;
    private int free = 8;
    private int last;

    HeaderBits(ByteSink out) {
        this.out = out;
    }

    void bit(int b) {
        free--;
        current |= b << free;
        if (free == 0) {
            emit();
        }
    }

    /** The low {@code n} bits of {@code v}, most significant first. */
    void bits(int v, int n) {
        for (int k = n - 1; k >= 0; k--) {
            bit((v >>> k) & 1);
        }
    }

    private void emit() {
        out.write(current);
        last = current;
        free = current == 0xFF ? 7 : 8;
        current = 0;
    }

    /** Pads the last byte with zeros and, if the header would end on 0xFF, adds the byte that holds its stuffed 0. */
    void finish() {
        if (free < (last == 0xFF ? 7 : 8)) {
            emit();
        }
        if (last == 0xFF) {
            out.write(0);
            last = 0;
        }
        free = 8;
        current = 0;
    }
}
