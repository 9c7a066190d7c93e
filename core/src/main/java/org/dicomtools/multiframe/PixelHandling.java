// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

/** How the pixels of one output were made from the source's frame. */
public enum PixelHandling {
    /** The frame's native bytes or encapsulated fragments, copied as they are. */
    COPIED,
    /** Single-bit frames that do not start on a byte boundary, shifted to start on one (PS3.5 8.1.1). */
    REPACKED,
    /** Decoded to native samples, because the frame could not be copied as it is. */
    DECODED
}
