// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.pixel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.UnsupportedTransferSyntaxException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.ts.TransferSyntaxes;
import org.junit.jupiter.api.Test;

/** Regression: encapsulated data under an unknown syntax named the detected native syntax as the one lacking a codec. */
class UnknownSyntaxFramesTest {
    @Test
    void encapsulatedDataUnderAnUnknownSyntaxNamesTheDeclaredUid() {
        DataSet meta = new DataSet();
        meta.setString(Tag.TransferSyntaxUID, VR.UI, "1.2.3.4.5");
        DataSet ds = new DataSet();
        ds.setInt(Tag.Rows, VR.US, 2);
        ds.setInt(Tag.Columns, VR.US, 2);
        ds.setInt(Tag.BitsAllocated, VR.US, 8);
        Fragments f = new Fragments();
        f.add(new byte[] {1, 2, 3, 4});
        ds.put(Element.ofFragments(Tag.PixelData, VR.OB, f));
        // What the reader makes of such a file: the data set decoded as the explicit VR it detected.
        DicomFile file = new DicomFile(null, null, meta, ds, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN, -1, false,
                List.of());
        assertThatThrownBy(() -> FrameReader.read(file, 0)).isInstanceOf(UnsupportedTransferSyntaxException.class)
                .hasMessage("encapsulated Pixel Data under transfer syntax 1.2.3.4.5, which is not a known syntax; "
                        + "cannot tell which codec to decode it with");
    }
}
