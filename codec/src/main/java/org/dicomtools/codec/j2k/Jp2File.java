// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import org.dicomtools.codec.CodecFailure;

/** The little of the JP2 file format (ISO 15444-1 Annex I) needed to find the codestream inside one. */
final class Jp2File {
    /** The JPEG 2000 Signature box, which every JP2 file starts with (I.5.1). */
    private static final byte[] SIGNATURE = {0, 0, 0, 12, 'j', 'P', ' ', ' ', 13, 10, (byte) 0x87, 10};
    /** Type of the Contiguous Codestream box. */
    private static final int JP2C = 0x6A703263;

    private Jp2File() {
    }

    static boolean isJp2(byte[] data) {
        return startsWith(data, SIGNATURE);
    }

    /** Returns {start, end} of the first jp2c box's contents. */
    static int[] codestream(byte[] data) {
        long pos = 0;
        while (pos + 8 <= data.length) {
            int p = (int) pos;
            long length = J2kCodestream.u32(data, p);
            int type = (int) J2kCodestream.u32(data, p + 4);
            int header = 8;
            if (length == 1) {
                if (p + 16 > data.length) {
                    break;
                }
                length = (J2kCodestream.u32(data, p + 8) << 32) | J2kCodestream.u32(data, p + 12);
                header = 16;
            } else if (length == 0) {
                length = data.length - pos;
            }
            if (length < header || pos + length > data.length) {
                throw new CodecFailure("JP2 box at byte offset " + p + " claims " + length + " bytes; "
                        + (data.length - pos) + " remain");
            }
            if (type == JP2C) {
                return new int[] {p + header, (int) (pos + length)};
            }
            pos += length;
        }
        throw new CodecFailure("JP2 file without a contiguous codestream (jp2c) box");
    }

    private static boolean startsWith(byte[] d, byte[] prefix) {
        if (d.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (d[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
