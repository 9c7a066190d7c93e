// SPDX-License-Identifier: Apache-2.0
/**
 * The sealed {@link org.dicomtools.error.DicomException} family. Each subtype carries the facts a caller needs (byte
 * offset and tag path, tag, transfer syntax UID) so that callers branch on types and the CLI maps types to exit codes
 * in one place.
 */
package org.dicomtools.error;
