// SPDX-License-Identifier: Apache-2.0
/**
 * Rendering decoded frames to displayable pixels: the pipeline of PS3.4 N.2 as small immutable stages, chosen from
 * the data set and {@link org.dicomtools.render.RenderOptions}, baked into one table where the data allow.
 *
 * <p>Entry point: {@link org.dicomtools.render.Renderer#render} (or {@link org.dicomtools.render.Renderer#plan} to
 * render many frames with one plan). Grey images go through three {@link org.dicomtools.render.Stage}s, in order:
 * <ol>
 *   <li>Modality (PS3.3 C.11.1): {@link org.dicomtools.render.Rescale} (Rescale Slope/Intercept, or the Pixel Value
 *       Transformation Sequence of the frame's or shared functional groups) or
 *       {@link org.dicomtools.render.ModalityLut} (Modality LUT Sequence). LUT descriptors (C.11.1.1.1,
 *       {@link org.dicomtools.render.LutDescriptor}): 0 entries means 65536, the first mapped value is US or SS by
 *       Pixel Representation, and the bits per entry are corrected from the data ({@link org.dicomtools.render.Lut}).
 *       </li>
 *   <li>VOI (C.11.2): a {@link org.dicomtools.render.Window} with function LINEAR (C.11.2.1.2.1), LINEAR_EXACT
 *       (C.11.2.1.3.2) or SIGMOID (C.11.2.1.3.1), or a {@link org.dicomtools.render.VoiLut}; the precedence of
 *       options, statistics and the file's attributes is in {@code VoiSelection}.</li>
 *   <li>Presentation (C.11.6): {@link org.dicomtools.render.Inversion} for MONOCHROME1 (C.7.6.3.1.2) and Presentation
 *       LUT Shape INVERSE, once when both are present.</li>
 * </ol>
 * For integer data of up to 16 bits the three are evaluated once per stored value into a
 * {@link org.dicomtools.render.LookupTable} (2^Bits Stored entries, offset for signed data), so rendering a pixel is
 * one array read; 32-bit and float data are computed per pixel. Colour images (C.7.6.3.1.2) are converted to RGB
 * (YBR_FULL by ITU-T T.871, YBR_PARTIAL, YBR_ICT and YBR_RCT by ISO/IEC 15444-1 Annex G) or looked up in their
 * palette (C.7.6.3.1.5, C.7.9, segmented C.7.9.2); the grey stages do not apply to them. Output is 8 bits, or 16 with
 * {@code force16Bit}. Every stage describes itself in an {@link org.dicomtools.render.Explanation}, the JSON of
 * {@code to-image --explain}.
 */
package org.dicomtools.render;
