// SPDX-License-Identifier: Apache-2.0
/**
 * Pure-Java image codecs on sample buffers: bytes in, samples out and back, with no DICOM types. Core's codec
 * registry adapts them to transfer syntaxes. {@code rle}: RLE Lossless (PS3.5 Annex G); {@code jpeg}: JPEG baseline,
 * extended 12-bit, progressive (decode) and lossless process 14 (ITU-T T.81); {@code jpegls}: JPEG-LS lossless and
 * near-lossless (ITU-T T.87); {@code j2k}: JPEG 2000 (ISO 15444-1) through jai-imageio behind our interfaces.
 */
package org.dicomtools.codec;
