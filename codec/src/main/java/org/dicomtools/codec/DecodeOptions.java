// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec;

/**
 * Decoder settings.
 *
 * @param colorTransform what to do with three-component DCT images: {@code AUTO} follows the stream's APP14/JFIF
 *                       markers (and, without them, treats 3-component DCT data as YCbCr), {@code TO_RGB} always
 *                       converts YCbCr to RGB, {@code NONE} returns the components as coded
 */
public record DecodeOptions(ColorTransform colorTransform) {

    public static final DecodeOptions DEFAULT = new DecodeOptions(ColorTransform.AUTO);

    /** Colour conversion on decode. */
    public enum ColorTransform { AUTO, TO_RGB, NONE }
}
