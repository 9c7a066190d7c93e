// SPDX-License-Identifier: Apache-2.0
/**
 * The DICOM data dictionary: data elements (PS3.6 Tables 6-1, 7-1, 8-1, 9-1) and registered UIDs (PS3.6 Annex A).
 *
 * <p>Generated files, never edited by hand, produced by {@code tools/dictgen/GenerateDictionary.java} from the PS3.6
 * tables (see {@code tools/dictgen/README.md} to re-run it):
 * <ul>
 *   <li>{@link org.dicomtools.dict.Tag}: one {@code int} constant per element keyword. Constants only, so they are
 *       inlined by the compiler and the class needs no initialisation.
 *   <li>{@link org.dicomtools.dict.Uid}: one {@code String} constant per UID keyword.
 *   <li>The resources {@code elements.tsv} and {@code uids.tsv} next to these classes: the full tables, including
 *       entries without keywords.
 * </ul>
 *
 * <p>Hand-written files, which read those resources: {@link org.dicomtools.dict.ElementDictionary} and its
 * {@link org.dicomtools.dict.DictionaryEntry}, {@link org.dicomtools.dict.UidRegistry} and its
 * {@link org.dicomtools.dict.UidEntry}. The tables are loaded lazily on first use and are immutable afterwards.
 */
package org.dicomtools.dict;
