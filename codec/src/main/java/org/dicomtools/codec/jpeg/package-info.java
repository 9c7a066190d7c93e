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
 * <p>Codecs: {@link org.dicomtools.codec.jpeg.JpegLosslessDecoder} and
 * {@link org.dicomtools.codec.jpeg.JpegLosslessEncoder}, lossless JPEG process 14 (SOF3, Annex H), DICOM's
 * transfer syntaxes 1.2.840.10008.1.2.4.57 and .70, built from {@code LosslessScanDecoder} (with a fused loop for
 * single-component frames straight into the native buffer), {@code DifferenceDecoder} (table-driven difference
 * decoding), {@code LosslessScanEncoder} and {@code LosslessPrediction}. Their inner loops keep the bit reader's or
 * writer's state in local variables and leave the loop for anything rare, which is what makes them fast.
 *
 * <p>DCT processes: {@link org.dicomtools.codec.jpeg.JpegDctEncoder} (baseline SOF0 for 8-bit, extended SOF1 for
 * 12-bit) and {@link org.dicomtools.codec.jpeg.JpegDctDecoder} (SOF0, SOF1, progressive SOF2), built from
 * {@code Dct} (8×8 transform), {@code ZigZag}, {@code QuantizationTables} (K.1 tables scaled by quality),
 * {@code ColorConversion} (T.871 YCbCr), {@code ChromaSampling}, {@code DctSamples} (native buffers ↔ planes),
 * {@code DctEntropyEncoder}, {@code DctComponent}, {@code DctScanDecoder} and {@code ProgressiveDecoder}.
 *
 * <p>{@link org.dicomtools.codec.jpeg.JpegDecoder} picks the decoder by the stream's SOFn marker.
 *
 * <p>Written from the text of T.81; malformed input is always a {@link org.dicomtools.codec.CodecFailure}.
 */
package org.dicomtools.codec.jpeg;
