// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.transcode;

/** What encoding the frames produced. */
record EncodedPixels(long nativeBytes, long encodedBytes, boolean lossy, boolean verified) {
}
