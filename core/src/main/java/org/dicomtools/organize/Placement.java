// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.organize;

import java.nio.file.Path;

/**
 * The outcome for one file.
 *
 * @param source              the file found under the source folder
 * @param sourceRelative      its path below the source folder
 * @param destination         where it went (or, for a duplicate, the identical file there; for a skipped
 *                            collision, the name that was taken); {@code null} when it has none
 * @param destinationRelative {@code destination} below the destination folder, or {@code null}
 * @param action              what happened
 * @param reason              why, for everything but a plain copy or move; {@code null} otherwise
 */
public record Placement(Path source, Path sourceRelative, Path destination, Path destinationRelative, Action action,
                        String reason) {
}
