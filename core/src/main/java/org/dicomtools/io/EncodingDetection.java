// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import java.io.IOException;
import org.dicomtools.data.VR;
import org.dicomtools.error.NotDicomException;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * How the data set is encoded, judged from its first element (at least 8 bytes buffered): confirming a declared
 * transfer syntax, or detecting one when the file has no meta group or an unknown one.
 */
final class EncodingDetection {
    private static final long UNDEFINED = 0xFFFFFFFFL;

    private EncodingDetection() {
    }

    /**
     * Checks a declared syntax against the first element. Only explicit versus implicit VR is corrected, and only on
     * strong evidence: declared explicit but no VR in the header, or declared implicit but a VR in the header and an
     * implicit length that cannot fit. The byte order is taken as declared.
     */
    static TransferSyntax confirm(DicomInput in, TransferSyntax declared) throws IOException {
        in.bigEndian = declared.bigEndian();
        boolean vrPresent = VR.ofCode(in.peekU8(4), in.peekU8(5)) != null;
        if (declared.explicitVR() && !vrPresent && !declared.deflated() && !declared.bigEndian()) {
            return TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN;
        }
        if (!declared.explicitVR() && vrPresent && (in.peekI32(4) & 0xFFFFFFFFL) > in.remaining() - 8
                && (in.peekI32(4) & 0xFFFFFFFFL) != UNDEFINED) {
            return declared.bigEndian() ? TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN
                    : TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;
        }
        return declared;
    }

    /**
     * Detects the encoding of the first data set element: byte order from which reading of the group number is
     * smaller, explicit VR from whether bytes 4-5 name a VR (PS3.5 7.1).
     */
    static TransferSyntax detect(DicomInput in, boolean hasDicomFraming) {
        int le = in.peekU8(0) | in.peekU8(1) << 8;
        int be = in.peekU8(0) << 8 | in.peekU8(1);
        boolean bigEndian = be < le;
        int group = bigEndian ? be : le;
        boolean explicitVr = VR.ofCode(in.peekU8(4), in.peekU8(5)) != null;
        if (!hasDicomFraming) {
            // Without preamble or meta, only a plausible first element makes this DICOM: an even, low group
            // (command, file-set or identifying groups) and, for implicit VR, a length that fits.
            boolean plausible = (group & 1) == 0 && group <= 0x0028 && group != 0x0002 || group == 0x0002;
            if (!explicitVr && plausible) {
                in.bigEndian = bigEndian;
                long len = in.peekI32(4) & 0xFFFFFFFFL;
                try {
                    plausible = len == UNDEFINED || len <= in.remaining() - 8;
                } catch (IOException e) {
                    plausible = false;
                }
            }
            if (!plausible) {
                throw new NotDicomException("not DICOM: no 'DICM' prefix and no data element at the start");
            }
        }
        if (bigEndian) {
            return TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN;
        }
        return explicitVr ? TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN : TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN;
    }
}
