// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec;

/**
 * A decoded frame: its samples in the layout of {@code format} (always pixel-interleaved for colour) and what the
 * samples mean.
 */
public record DecodedFrame(byte[] samples, FrameFormat format, ColorSpace colorSpace) {
}
