// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.ts;

import java.util.List;

/**
 * The facts of one transfer syntax (PS3.5 10 and Annex A): how the data set is encoded and how pixel data is held.
 *
 * @param uid           the transfer syntax UID
 * @param name          the PS3.6 name
 * @param aliases       short names the CLI accepts, first one canonical (SPEC §5); may be empty
 * @param explicitVR    whether VRs are written in element headers
 * @param bigEndian     whether binary values are big-endian (retired Explicit VR Big Endian only)
 * @param deflated      whether the data set after the file meta is a raw deflate stream (PS3.5 A.5)
 * @param encapsulated  whether Pixel Data is encapsulated in fragments (PS3.5 A.4)
 * @param lossy         whether the codec may lose information
 * @param pixelCodec    whether pixel data needs an image codec (false for native and video-like syntaxes alike)
 * @param retired       whether PS3.6 lists the UID as retired
 */
public record TransferSyntax(String uid, String name, List<String> aliases, boolean explicitVR, boolean bigEndian,
                             boolean deflated, boolean encapsulated, boolean lossy, boolean pixelCodec, boolean retired) {

    /** Native: pixel data stored uncompressed in the data set. */
    public boolean isNative() {
        return !encapsulated;
    }

    /** The canonical short name (e.g. {@code explicit}, {@code rle}), or the UID when it has none. */
    public String shortName() {
        return aliases.isEmpty() ? uid : aliases.get(0);
    }

    @Override
    public String toString() {
        return name + " (" + uid + ")";
    }
}
