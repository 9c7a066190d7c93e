// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

/** Reverses the bytes of each unit in place: the only difference between the LE and BE encodings of a value. */
public final class ByteSwap {
    private ByteSwap() {
    }

    /** Swaps {@code len} bytes from {@code off} in units of {@code unit} bytes (1 = nothing to do). */
    public static void toLittleEndian(byte[] b, int off, int len, int unit) {
        swap(b, off, len, unit);
    }

    /** The same operation in the other direction: swapping is its own inverse. */
    public static void swap(byte[] b, int off, int len, int unit) {
        int end = off + len - (len % Math.max(unit, 1));
        switch (unit) {
            case 2 -> {
                for (int i = off; i < end; i += 2) {
                    byte t = b[i];
                    b[i] = b[i + 1];
                    b[i + 1] = t;
                }
            }
            case 4 -> {
                for (int i = off; i < end; i += 4) {
                    byte t = b[i];
                    b[i] = b[i + 3];
                    b[i + 3] = t;
                    t = b[i + 1];
                    b[i + 1] = b[i + 2];
                    b[i + 2] = t;
                }
            }
            case 8 -> {
                for (int i = off; i < end; i += 8) {
                    for (int j = 0; j < 4; j++) {
                        byte t = b[i + j];
                        b[i + j] = b[i + 7 - j];
                        b[i + 7 - j] = t;
                    }
                }
            }
            default -> {
                // unit 1 or 0: bytes have no order
            }
        }
    }
}
