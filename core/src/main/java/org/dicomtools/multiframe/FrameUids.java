// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import org.dicomtools.data.Uids;

/**
 * The SOP Instance UID of frame {@code n} split from an instance: {@code 2.25.<decimal>} of a UUID made from
 * SHA-256({@code sourceUid + "/frame/" + n}) (PS3.5 B.2). No clock and no random source take part, so splitting the
 * same file again writes the same UIDs, and the same frame of the same instance gets the same UID wherever it is
 * split; a different instance or frame gets a different one with the odds of a 122-bit collision.
 */
final class FrameUids {
    private FrameUids() {
    }

    static String of(String sourceUid, int frame) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256")
                    .digest((sourceUid + "/frame/" + frame).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        // PS3.5 B.2 asks for a UUID (ISO/IEC 9834-8), so the first 128 bits are marked as a name-based UUID of
        // version 8 (RFC 9562) with the RFC variant, as UUID.nameUUIDFromBytes marks its MD5 hash version 3.
        hash[6] = (byte) (hash[6] & 0x0F | 0x80);
        hash[8] = (byte) (hash[8] & 0x3F | 0x80);
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return Uids.of(new UUID(b.getLong(), b.getLong()));
    }
}
