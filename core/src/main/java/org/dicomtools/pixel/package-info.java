// SPDX-License-Identifier: Apache-2.0
/**
 * Pixel data as frames: the Image Pixel module ({@link org.dicomtools.pixel.ImagePixel}) and native frame access
 * ({@link org.dicomtools.pixel.NativeFrames}); encapsulated frames go through the codec registry.
 */
package org.dicomtools.pixel;
