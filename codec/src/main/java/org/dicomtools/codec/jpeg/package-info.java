// SPDX-License-Identifier: Apache-2.0
/**
 * JPEG (ITU-T T.81) building blocks and codecs.
 *
 * <p>Shared by every JPEG process: {@link org.dicomtools.codec.jpeg.Markers} (marker codes),
 * {@link org.dicomtools.codec.jpeg.JpegReader} (marker-segment parser yielding
 * {@link org.dicomtools.codec.jpeg.FrameHeader} and {@link org.dicomtools.codec.jpeg.ScanHeader}),
 * {@link org.dicomtools.codec.jpeg.JpegWriter} (marker segments for encoders),
 * {@link org.dicomtools.codec.jpeg.HuffmanTable} (Annex C code generation, Annex K tables, K.2 optimal tables),
 * {@link org.dicomtools.codec.jpeg.BitReader} and {@link org.dicomtools.codec.jpeg.BitWriter} (entropy-coded
 * segments with byte stuffing, markers and restarts).
 *
 * <p>Written from the text of T.81; malformed input is always a {@link org.dicomtools.codec.CodecFailure}.
 */
package org.dicomtools.codec.jpeg;
