// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import java.util.Map;

/**
 * The frame facts of an image, as the seed's {@code --info} prints them.
 *
 * @param frames     Number of Frames (1 when absent)
 * @param columns    frame width
 * @param rows       frame height
 * @param attributes those of Number of Frames, Frame Time, Frame Delay, Frame Increment Pointer and Recommended
 *                   Display Frame Rate that are present, by keyword, in that order; the pointer as
 *                   {@code (0018,1063) FrameTime}
 */
public record FrameInfo(int frames, int columns, int rows, Map<String, String> attributes) {

    public FrameInfo {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }

    public boolean multiFrame() {
        return frames > 1;
    }
}
