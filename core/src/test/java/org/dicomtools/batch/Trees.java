// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Comparing output trees. */
final class Trees {
    private Trees() {
    }

    /** Every regular file below {@code root}, by relative path, as a SHA-256 of its bytes. */
    static Map<String, String> contents(Path root) {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                m.put(BatchTrees.slashes(root.relativize(p)), HexFormat.of().formatHex(hash));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }
}
