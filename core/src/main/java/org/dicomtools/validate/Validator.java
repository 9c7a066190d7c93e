// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import org.dicomtools.data.DataSet;
import org.dicomtools.io.DicomFile;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * Checks a DICOM file for conformance and lists what it finds. Never throws for bad content: every problem is a
 * {@link Finding}. The checks, in order:
 * <ol>
 *   <li>{@link MetaChecks}: Part 10 framing and File Meta Information (PS3.10 7.1), reader repairs;</li>
 *   <li>{@link ValueChecks}: every element at every depth against its VR and the dictionary (PS3.5 6.2, PS3.6);</li>
 *   <li>{@link ModuleChecks}: SOP Common, Patient, General Study, General Series (PS3.3 C.12.1, C.7.1-C.7.3);</li>
 *   <li>{@link PixelChecks}: Image Pixel and the size of Pixel Data (PS3.3 C.7.6.3, PS3.5 8 and A.4).</li>
 * </ol>
 * Not checked: IOD-specific modules beyond these, conditional (Type 1C/2C) attributes other than those of Image
 * Pixel, code sequences, and the content of private elements.
 */
public final class Validator {
    private Validator() {
    }

    public static ValidationReport validate(DicomFile file) {
        Findings out = new Findings();
        MetaChecks.check(file, out);
        if (file.fileMeta() != null) {
            ValueChecks.check(file.fileMeta(), out);
        }
        checkDataSet(file.dataSet(), file, out);
        return new ValidationReport(out.list());
    }

    /** Checks a data set without file meta, as if encoded in Explicit VR Little Endian. */
    public static ValidationReport validate(DataSet dataSet) {
        Findings out = new Findings();
        checkDataSet(dataSet, null, out);
        return new ValidationReport(out.list());
    }

    private static void checkDataSet(DataSet ds, DicomFile file, Findings out) {
        ValueChecks.check(ds, out);
        ModuleChecks.check(ds, out);
        PixelChecks.check(ds, file == null ? TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN : file.transferSyntax(),
                file != null && file.stoppedBeforePixels(), out);
    }
}
