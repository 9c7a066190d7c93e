// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.sample;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.dicomtools.data.Uids;

/**
 * Deterministic UIDs for the synthetic study: a name-based UUID of a fixed seed, written as a UID under the
 * {@code 2.25} root (PS3.5 B.2: the UUID read as one unsigned 128-bit integer in decimal). The same seed gives the
 * same UID on every run, so the sample files are byte-for-byte reproducible.
 */
public final class SampleUids {
    /** Keeps our seeds apart from anyone else's use of name-based UUIDs. */
    private static final String NAMESPACE = "org.dicomtools.sample/";

    private SampleUids() {
    }

    /** The UID for a seed such as {@code "study"} or {@code "ct/instance/3"}; at most 44 characters. */
    public static String of(String seed) {
        UUID uuid = UUID.nameUUIDFromBytes((NAMESPACE + seed).getBytes(StandardCharsets.UTF_8));
        return Uids.of(uuid);
    }
}
