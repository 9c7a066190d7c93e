// SPDX-License-Identifier: Apache-2.0
/**
 * JPEG 2000 (ISO 15444-1) for DICOM's transfer syntaxes 1.2.840.10008.1.2.4.90 (lossless only) and .91:
 * {@link org.dicomtools.codec.j2k.J2kLosslessEncoder} (reversible 5/3, RCT for colour),
 * {@link org.dicomtools.codec.j2k.J2kLossyEncoder} (irreversible 9/7, ICT for colour, size from the compression
 * ratio) and {@link org.dicomtools.codec.j2k.J2kDecoder} (raw codestreams and JP2 files).
 *
 * <p>For now the coding is done by jai-imageio-jpeg2000 (the jj2000 code base), behind our codec interfaces; only
 * {@code J2kLibrary} touches it, so our own codec can take its place. Around it we keep what the library does not:
 * our own main-header reading and tile-part walk ({@code J2kCodestream}), to check a stream against the frame and
 * refuse truncated ones, and a decode-and-compare check of every lossless stream, because the library's encoder
 * sometimes drops low bit-planes of small code-blocks at more than 8 bits.
 *
 * <p>Frames of 8 or 16 bits allocated, 2 to 16 bits stored, signed or not, one or three samples per pixel, any size
 * from 1x1.
 */
package org.dicomtools.codec.j2k;
