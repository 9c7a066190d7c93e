// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec;

/** What the samples of a decoded frame mean, as far as the codestream says. */
public enum ColorSpace {
    /** One sample per pixel. */
    MONOCHROME,
    /** Red, green, blue. */
    RGB,
    /** Full-range YCbCr (JFIF, ITU-T T.871), what DICOM calls YBR_FULL. */
    YBR_FULL,
    /** Three samples whose meaning the stream does not say. */
    UNKNOWN
}
