// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

/**
 * A fault the reader repaired: where (byte offset, tag path such as {@code (0040,A730)[2]>(0008,0100)}) and what.
 */
public record ReadWarning(long offset, String tagPath, String message) {
    @Override
    public String toString() {
        return message + " at offset " + offset + (tagPath.isEmpty() ? "" : " in " + tagPath);
    }
}
