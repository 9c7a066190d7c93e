// SPDX-License-Identifier: Apache-2.0
/**
 * RLE Lossless (DICOM PS3.5 Annex G, transfer syntax 1.2.840.10008.1.2.5): {@link
 * org.dicomtools.codec.rle.RleEncoder} and {@link org.dicomtools.codec.rle.RleDecoder} turn one frame of 8, 16 or
 * 32-bit samples, one or three per pixel, into an RLE Header and byte-wise run-coded segments and back, keeping
 * every bit of every sample.
 */
package org.dicomtools.codec.rle;
