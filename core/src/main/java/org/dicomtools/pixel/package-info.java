// SPDX-License-Identifier: Apache-2.0
/**
 * Pixel data as frames: the Image Pixel module ({@link org.dicomtools.pixel.ImagePixel}), native frame bytes
 * ({@link org.dicomtools.pixel.NativeFrames}), and one frame of any pixel data as sample values
 * ({@link org.dicomtools.pixel.FrameReader} gives a {@link org.dicomtools.pixel.Frame}; encapsulated frames go
 * through the codec registry).
 */
package org.dicomtools.pixel;
