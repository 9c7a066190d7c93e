// SPDX-License-Identifier: Apache-2.0
/**
 * Setting, adding and deleting elements of a file: the {@code modify} command's library.
 *
 * <p>{@link org.dicomtools.modify.Modifier} is the entry point: it reads a file, applies a list of
 * {@link org.dicomtools.modify.Modification}s (each a {@link org.dicomtools.modify.TagPath} and a value) and writes
 * the result atomically in the same transfer syntax, reporting a {@link org.dicomtools.modify.Change} for everything
 * it did. Values are checked against their VR by {@link org.dicomtools.modify.ValueCheck} (PS3.5 6.2) with the rules
 * {@code validate} reports; text the data set's Specific Character Set cannot hold switches it to ISO_IR 192 through
 * {@link org.dicomtools.data.CharsetRecoder}, as reading DICOM JSON does. Private elements are placed in their
 * creator's block (PS3.5 7.8.1). File meta, group lengths and Pixel Data are refused: the writer owns the first two,
 * transcoding the third. {@link org.dicomtools.modify.TagListing} lists a file's elements.
 */
package org.dicomtools.modify;
