// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

import org.dicomtools.pixel.Frame;

/** Maps the samples of a frame to output pixels: the prepared, per-render-invariant part of a pipeline. */
interface FrameMapper {

    OutputImage apply(Frame frame);
}
