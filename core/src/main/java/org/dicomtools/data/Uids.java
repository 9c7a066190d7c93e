// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.data;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.UUID;

/** New UIDs under the {@code 2.25} root: a UUID read as one unsigned 128-bit integer in decimal (PS3.5 B.2). */
public final class Uids {
    private Uids() {
    }

    /** A new random (version 4) UUID-derived UID, at most 44 characters. */
    public static String random() {
        return of(UUID.randomUUID());
    }

    /** The UID of a given UUID. */
    public static String of(UUID uuid) {
        byte[] bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
        return "2.25." + new BigInteger(1, bytes);
    }
}
