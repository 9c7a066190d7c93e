// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import java.nio.file.Path;
import org.dicomtools.ts.TransferSyntax;

/**
 * One single-frame instance written.
 *
 * @param frame          the source frame, 1-based
 * @param path           the file written
 * @param sopInstanceUid its new SOP Instance UID
 * @param transferSyntax the syntax it was written in
 * @param pixels         how its pixels were made
 */
public record SplitFrame(int frame, Path path, String sopInstanceUid, TransferSyntax transferSyntax,
                         PixelHandling pixels) {
}
