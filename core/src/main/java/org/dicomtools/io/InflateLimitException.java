// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import java.io.IOException;

/** The inflated size of a deflated data set passed {@link ReadOptions#maxInflatedBytes()}. */
final class InflateLimitException extends IOException {
    InflateLimitException(String message) {
        super(message);
    }
}
