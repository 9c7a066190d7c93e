// SPDX-License-Identifier: Apache-2.0
/**
 * Pure-Java image codecs on sample buffers: bytes in, samples out and back, with no DICOM types. Core's codec
 * registry adapts them to transfer syntaxes. Empty until the codec issues (RLE, JPEG family, JPEG-LS, JPEG 2000) add
 * their encoders and decoders here.
 */
package org.dicomtools.codec;
