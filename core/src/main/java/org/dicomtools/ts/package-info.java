// SPDX-License-Identifier: Apache-2.0
/**
 * Transfer syntaxes as facts ({@link org.dicomtools.ts.TransferSyntaxes}, every UID of PS3.6) and, later, the codec
 * registry that says who decodes and encodes each.
 */
package org.dicomtools.ts;
