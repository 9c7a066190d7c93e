// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.dict;

import java.util.Objects;

/**
 * One registered UID of PS3.6 Annex A.
 *
 * @param uid the UID
 * @param name its name, e.g. {@code Explicit VR Little Endian}; empty for a few retired UIDs the standard leaves nameless
 * @param type its type, e.g. {@code Transfer Syntax}, {@code SOP Class}
 * @param retired whether it is retired
 * @param keyword its keyword, e.g. {@code ExplicitVRLittleEndian}; may be empty
 */
public record UidEntry(String uid, String name, String type, boolean retired, String keyword) {

    public UidEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(keyword, "keyword");
    }
}
