// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.ts;

/** The registry of this build's codecs, made once on first use. */
final class StandardCodecs {
    static final CodecRegistry REGISTRY = CodecRegistry.builder().build();

    private StandardCodecs() {
    }
}
