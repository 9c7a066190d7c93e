// SPDX-License-Identifier: Apache-2.0
/**
 * JPEG 2000 (ISO 15444-1) for DICOM's transfer syntaxes 1.2.840.10008.1.2.4.90 (lossless only) and .91:
 * {@link org.dicomtools.codec.j2k.J2kLosslessEncoder} (reversible 5/3, RCT for colour),
 * {@link org.dicomtools.codec.j2k.J2kLossyEncoder} (irreversible 9/7, ICT for colour, size from the compression
 * ratio) and {@link org.dicomtools.codec.j2k.J2kDecoder} (raw codestreams and JP2 files).
 *
 * <p>Lossless encoding is our own, in pure Java ({@code TileEncoder} and the classes it drives: {@code Dwt53}, the
 * reversible 5/3 wavelet of Annex F; {@code BlockCoder}, EBCOT tier-1 of Annex D with the {@code MqEncoder} of
 * Annex C; {@code PacketWriter} with {@code TagTree} and {@code HeaderBits}, tier-2 of Annex B; and
 * {@code CodestreamWriter}, the markers of Annex A): one tile, one quality layer, LRCP, no precincts, 64x64
 * code-blocks of style 0, levels from {@code J2kLibrary.levels}, RCT for colour.
 *
 * <p>Decoding is our own too ({@code CodestreamDecoder}: {@code CodestreamHeader}, tier-2 {@code PacketReader} with
 * {@code TagTreeReader}, tier-1 {@code BlockDecoder} with {@code MqDecoder}, {@code InverseDwt}): any tiles and
 * tile-parts, all progression orders, quality layers, precincts, every code-block style, SOP/EPH, 5/3 and 9/7 with
 * RCT or ICT, 1 to 4 components up to 16 bits; 9/7 output equals OpenJPEG's. Streams with POC, PPM, PPT, RGN or
 * Part 2 markers are recognised from their headers before decoding ({@code J2kUnsupported}) and decoded by
 * jai-imageio-jpeg2000 (the jj2000 code base), which also still does lossy encoding; only {@code J2kLibrary} touches
 * it. Around both we keep our own main-header reading and tile-part walk ({@code J2kCodestream}), to check a stream
 * against the frame and refuse truncated ones.
 *
 * <p>Frames of 8 or 16 bits allocated, 2 to 16 bits stored, signed or not (the library codes signed components
 * when given an int raster), one or three samples per pixel, any size from 1x1.
 *
 * <p>What we found about jai-imageio-jpeg2000 1.4.0, checked against OpenJPEG 2.5 (why it is now only a fallback):
 * <ul>
 *   <li>The reported decoder bug on multi-tile, multi-layer RCT streams did not show: 64x64 tiles on 200x150 RGB
 *       with the library's default layering (5 to 9 layers on our frames) decode exactly, as do OpenJPEG streams of that shape at 8,
 *       12 and 16 bits in every progression order, with tile-parts, SOP/EPH, precincts, code-block mode switches
 *       and POC. So no guard refuses them; a test keeps watch.</li>
 *   <li>What does fail in that shape is the encoder: above 8 bits it drops the last coding passes of small
 *       code-blocks (small frames, the partial edge tiles), so its "lossless" output is not. Both decoders read
 *       the same wrong values, so the stream itself is short. That is why lossless encoding is now our own.</li>
 *   <li>Lossy quality stops at the library's fixed quantisation step, 1/128 of the range, which its public
 *       parameters cannot change; below some ratio, asking for more bytes buys nothing (see the lossy encoder).</li>
 *   <li>The decoder decodes truncated streams without complaint, so we walk the tile-parts ourselves; coded data
 *       that is corrupt but whole decodes to other pixels without a word, as JPEG 2000 has no checksums.</li>
 * </ul>
 */
package org.dicomtools.codec.j2k;
