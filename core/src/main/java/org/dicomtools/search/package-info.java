// SPDX-License-Identifier: Apache-2.0
/**
 * Search of a folder for DICOM files whose elements match criteria, as the seed's {@code search} command, with its
 * wildcard bug fixed.
 *
 * <ul>
 *   <li>{@link org.dicomtools.search.Criterion}: an element ({@link org.dicomtools.search.ElementPath}: keyword, tag,
 *       or a path into sequence items) and a {@link org.dicomtools.search.Matcher}: substring, wildcard (PS3.4
 *       C.2.2.2.4), {@code /regex/}, or a {@link org.dicomtools.search.DateRange} for DA elements (PS3.4
 *       C.2.2.2.5); all ignore case;</li>
 *   <li>{@link org.dicomtools.search.Search#run}: walks the folder with {@link org.dicomtools.io.FolderScan}, reads
 *       headers in parallel from a bounded queue, returns a {@link org.dicomtools.search.SearchResult} sorted by
 *       path, identical whatever the number of workers.</li>
 * </ul>
 */
package org.dicomtools.search;
