// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.operations;

import java.nio.file.Path;
import org.dicomtools.image.ImageFormat;
import org.dicomtools.render.RenderOptions;

/**
 * What to export.
 *
 * @param input     the DICOM file
 * @param output    a file, a folder, or {@code null} for {@code <stem>.<ext>} beside the input
 * @param format    image format (PNG by default)
 * @param frame     frame index, 0-based (default 0)
 * @param allFrames every frame, as {@code <stem>_frame<NNN>.<ext>}
 * @param render    the pixel pipeline settings
 * @param quality   JPEG quality 1-100 (default 95)
 */
public record ToImageRequest(Path input, Path output, ImageFormat format, int frame, boolean allFrames,
                             RenderOptions render, int quality) {
}
