// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

/**
 * How to write a data set.
 *
 * @param undefinedSequenceLength write sequences with undefined length and a delimiter (default true); false
 *                                computes defined lengths
 * @param undefinedItemLength     the same for items (default true)
 * @param deflateLevel            {@link java.util.zip.Deflater} level for the deflated syntax (default 6)
 * @param preamble                write the 128-byte preamble and 'DICM' (default true, PS3.10 7.1)
 */
public record WriteOptions(boolean undefinedSequenceLength, boolean undefinedItemLength, int deflateLevel,
                           boolean preamble) {

    public static final WriteOptions DEFAULT = new WriteOptions(true, true, 6, true);
    /** Defined lengths everywhere, as some older readers need. */
    public static final WriteOptions DEFINED_LENGTHS = new WriteOptions(false, false, 6, true);
}
