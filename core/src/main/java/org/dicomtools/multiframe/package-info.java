// SPDX-License-Identifier: Apache-2.0
/**
 * Splitting a multi-frame image into single-frame instances ({@link org.dicomtools.multiframe.FrameSplitter}).
 *
 * <p>Each output is the source's header reduced to one frame ({@link org.dicomtools.multiframe.FrameHeader}: a new
 * deterministic SOP Instance UID, Instance Number, Number of Frames 1, the frame's Per-frame Functional Groups item,
 * frame-indexed vectors cut to the frame's value) plus that frame's pixels
 * ({@link org.dicomtools.multiframe.FramePixels}): native bytes or encapsulated fragments copied in the source's
 * transfer syntax, or, when the file does not say where a frame's fragments are, the frame found by its codestream
 * markers and decoded to Explicit VR Little Endian. Frames are read one at a time, so the size of the source does
 * not bound memory.
 */
package org.dicomtools.multiframe;
