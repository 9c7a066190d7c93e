// SPDX-License-Identifier: Apache-2.0
/**
 * De-identification: the Basic Application Level Confidentiality Profile of PS3.15 Annex E and its options.
 *
 * <p>Generated, never edited by hand: the resource {@code profile.tsv} next to these classes, PS3.15 Table E.1-1
 * (every row, the Basic Profile action and the ten option columns), written by
 * {@code tools/dictgen/GenerateDictionary.java} together with the data dictionary (see {@code tools/dictgen/README.md}
 * for how to re-run it and for the file's format).
 *
 * <p>Hand-written:
 * <ul>
 *   <li>{@link org.dicomtools.deident.ConfidentialityProfile}, which reads {@code profile.tsv} lazily and resolves a
 *       tag and a set of options to one {@link org.dicomtools.deident.Action}; its rows are
 *       {@link org.dicomtools.deident.ProfileEntry};
 *   <li>{@link org.dicomtools.deident.ProfileOption}, the options with their PS3.16 CID 7050 codes, and the code of
 *       the Basic Profile itself, for De-identification Method Code Sequence (0012,0064);
 *   <li>{@link org.dicomtools.deident.SafePrivateList} and its resource {@code safe-private.tsv}, the private
 *       attributes kept by the Retain Safe Private Option (PS3.15 E.3.10), each with its source.
 * </ul>
 */
package org.dicomtools.deident;
