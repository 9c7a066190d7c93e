// SPDX-License-Identifier: Apache-2.0
/**
 * JPEG-LS, ITU-T Recommendation T.87 | ISO/IEC 14495-1 ("Lossless and near-lossless compression of
 * continuous-tone still images – Baseline"), in pure Java: DICOM's transfer syntaxes 1.2.840.10008.1.2.4.80
 * (lossless) and .81 (near-lossless).
 *
 * <p>Codecs: {@link org.dicomtools.codec.jpegls.JpegLsEncoder} and {@link org.dicomtools.codec.jpegls.JpegLsDecoder}.
 * Inside, one class per concept of the standard:
 * <ul>
 *   <li>{@code PresetParameters}: MAXVAL, T1..T3, RESET and their defaults (C.2.4.1.1, Table C.2);</li>
 *   <li>{@code ScanParameters}: RANGE, qbpp, LIMIT, the J table and a gradient quantisation lookup table (A.2.1,
 *       A.3.3);</li>
 *   <li>{@code ContextModel}: A, B, C, N (and k), Nn and RUNindex with their update, bias and reset rules (A.2.1,
 *       A.6, A.7.2);</li>
 *   <li>{@code LsPrediction}: MED prediction, correction, error quantisation, modulo reduction, reconstruction
 *       (A.4);</li>
 *   <li>{@code LsScanEncoder} and {@code LsScanDecoder}: regular mode (inlined per line), run mode and run
 *       interruption (A.5, A.7; Annex F for decoding); {@code SampleInterleave}: interleave mode 2 (B.3);</li>
 *   <li>{@code LsBitWriter} and {@code LsBitReader}: coded bits through a 64-bit accumulator with JPEG-LS bit
 *       stuffing, a 0 bit after every {@code FF} byte (A.1), not T.81's {@code FF 00};</li>
 *   <li>{@code LsMarkers} and {@code LsStreamReader}: SOF55, SOS, LSE, DRI and the T.81 marker syntax (Annex C);
 *       {@code LsScanReader}: one scan with its restart intervals; {@code LsSamples}: DICOM buffers to lines.</li>
 * </ul>
 *
 * <p>Speed: lossless scans with the default MAXVAL (DICOM's .80, almost every JPEG-LS file) are coded by line loops
 * specialised for them ({@code ScanParameters.specialised}; tests compare them with T.87 as written, kept for every
 * other scan). Per line, what does not depend on the coding state is computed first (the encoder: contexts and MED
 * predictions of the whole line; the decoder: what comes from the line above); then a call-free loop with its state in
 * locals codes regular-mode samples with short codes and no stuffing, without branches on the data where T.87 has
 * them (MED, modulo, map bit, bias update as masks and min/max; k kept in the context state), and hands every other
 * sample (run mode, long and escape codes, an {@code FF} byte) to the general code, one at a time.
 *
 * <p>Written from the text of T.87. Its output is bit-identical to CharLS (the codec inside DCMTK and GDCM) for the
 * same settings, and it reproduces the example of T.87 Annex H.3. Malformed input is always a
 * {@link org.dicomtools.codec.CodecFailure}.
 */
package org.dicomtools.codec.jpegls;
