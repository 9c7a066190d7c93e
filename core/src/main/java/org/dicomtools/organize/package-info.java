// SPDX-License-Identifier: Apache-2.0
/**
 * Organising DICOM files into folders named by their attributes: {@link org.dicomtools.organize.Organizer} is the
 * entry point, {@link org.dicomtools.organize.OrganizeRequest} what to do, {@link org.dicomtools.organize.Placement}
 * and {@link org.dicomtools.organize.OrganizeSummary} what happened.
 *
 * <p>How it is built: names come from a {@link org.dicomtools.organize.PathTemplate} (the seed's four
 * {@link org.dicomtools.organize.Layout}s are templates too) and every value in them goes through
 * {@link org.dicomtools.organize.SafeNames}, so a name is valid and identical on every operating system and never
 * leads outside the destination. Header reads run in parallel; placement (the package-private {@code Placer}) is
 * sequential in walk order so that collision handling is deterministic, and every write goes through a temporary
 * file beside its target ({@code FileTransfer}); a move deletes its source only once the content is verifiably at
 * the target.
 */
package org.dicomtools.organize;
