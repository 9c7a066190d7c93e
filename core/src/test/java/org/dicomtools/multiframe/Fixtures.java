// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.multiframe;

import java.nio.file.Path;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomWriter;
import org.dicomtools.io.FileMeta;
import org.dicomtools.io.WriteOptions;
import org.dicomtools.ts.TransferSyntax;

/** Small multi-frame files built in code, with the modules the validator checks. */
final class Fixtures {
    private Fixtures() {
    }

    /** A classic (not enhanced) multi-frame secondary capture header, pixels not yet set. */
    static DataSet classic(String sopClass, int frames, int rows, int columns, int samples, int bitsAllocated) {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPClassUID, VR.UI, sopClass);
        ds.setString(Tag.SOPInstanceUID, VR.UI, "2.25.1234567890");
        ds.setString(Tag.StudyDate, VR.DA, "20240102");
        ds.setString(Tag.StudyTime, VR.TM, "101500");
        ds.setString(Tag.AccessionNumber, VR.SH, "");
        ds.setString(Tag.Modality, VR.CS, "OT");
        ds.setString(Tag.ConversionType, VR.CS, "WSD");
        ds.setString(Tag.ReferringPhysicianName, VR.PN, "");
        ds.setString(Tag.PatientName, VR.PN, "TEST^SPLIT");
        ds.setString(Tag.PatientID, VR.LO, "SPLIT-1");
        ds.setString(Tag.PatientBirthDate, VR.DA, "");
        ds.setString(Tag.PatientSex, VR.CS, "O");
        ds.setString(Tag.StudyInstanceUID, VR.UI, "2.25.1");
        ds.setString(Tag.SeriesInstanceUID, VR.UI, "2.25.2");
        ds.setString(Tag.StudyID, VR.SH, "1");
        ds.setString(Tag.SeriesNumber, VR.IS, "1");
        ds.setString(Tag.InstanceNumber, VR.IS, "1");
        ds.setInt(Tag.SamplesPerPixel, VR.US, samples);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, samples == 3 ? "RGB" : "MONOCHROME2");
        if (samples == 3) {
            ds.setInt(Tag.PlanarConfiguration, VR.US, 0);
        }
        ds.setString(Tag.NumberOfFrames, VR.IS, Integer.toString(frames));
        ds.setInt(Tag.Rows, VR.US, rows);
        ds.setInt(Tag.Columns, VR.US, columns);
        ds.setInt(Tag.BitsAllocated, VR.US, bitsAllocated);
        ds.setInt(Tag.BitsStored, VR.US, bitsAllocated);
        ds.setInt(Tag.HighBit, VR.US, bitsAllocated - 1);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);
        return ds;
    }

    static void write(Path path, DataSet ds, TransferSyntax ts) {
        DicomWriter.write(path, DicomFile.of(FileMeta.create(null, ds, ts), ds, ts), ts, WriteOptions.DEFAULT);
    }

    /** The same data set with every fragment of its Pixel Data joined into one, and no offset table. */
    static DataSet oneFragment(DataSet ds) {
        Fragments f = ds.get(Tag.PixelData).fragments();
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < f.size(); i++) {
            all.writeBytes(f.fragment(i));
        }
        Fragments one = new Fragments();
        one.add(all.toByteArray());
        DataSet out = ds.shallowCopy();
        out.put(Element.ofFragments(Tag.PixelData, VR.OB, one));
        return out;
    }
}
