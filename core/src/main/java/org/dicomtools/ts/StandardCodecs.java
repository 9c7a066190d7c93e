// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.ts;

import org.dicomtools.codec.rle.RleDecoder;
import org.dicomtools.codec.rle.RleEncoder;

/** The registry of this build's codecs, made once on first use. */
final class StandardCodecs {
    static final CodecRegistry REGISTRY = CodecRegistry.builder()
            .add(TransferSyntaxes.lookup("1.2.840.10008.1.2.5"), new RleDecoder(), new RleEncoder())
            .build();

    private StandardCodecs() {
    }
}
