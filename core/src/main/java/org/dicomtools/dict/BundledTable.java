// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a table shipped inside the jar (the generated dictionary, UID registry, PS3.15 profile, safe list). */
public final class BundledTable {
    private BundledTable() {
    }

    /**
     * The bytes of resource {@code name} next to {@code owner}'s class file.
     *
     * @throws IllegalStateException when the jar lacks it: a build defect, not bad input
     */
    public static byte[] read(Class<?> owner, String name) {
        String where = owner.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + where);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + where, e);
        }
    }
}
