// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.ts.TransferSyntax;

/** Builds the File Meta Information group of PS3.10 7.1 for files this library writes. */
public final class FileMeta {
    /** Our Implementation Class UID: a UUID-derived UID under 2.25 (PS3.5 B.2), fixed for this implementation. */
    public static final String IMPLEMENTATION_CLASS_UID = "2.25.179209451437316735420318227616785418371";
    /** Implementation Version Name (SH, at most 16 characters). */
    public static final String IMPLEMENTATION_VERSION_NAME = "DICOMTOOLS_010";

    private FileMeta() {
    }

    /**
     * A new meta group for writing {@code dataSet} in {@code ts}: version 00\01, SOP class and instance from the data
     * set (falling back to the old meta), the transfer syntax, our implementation UID and name; the source AE title
     * and private information of the old meta are kept. The group length is computed by the writer.
     */
    public static DataSet create(DataSet oldMeta, DataSet dataSet, TransferSyntax ts) {
        DataSet meta = new DataSet(10);
        meta.setBytes(Tag.FileMetaInformationVersion, VR.OB, new byte[] {0, 1});
        String sopClass = first(dataSet.getString(Tag.SOPClassUID), oldMeta, Tag.MediaStorageSOPClassUID);
        String sopInstance = first(dataSet.getString(Tag.SOPInstanceUID), oldMeta, Tag.MediaStorageSOPInstanceUID);
        if (sopClass != null) {
            meta.setString(Tag.MediaStorageSOPClassUID, VR.UI, sopClass);
        }
        if (sopInstance != null) {
            meta.setString(Tag.MediaStorageSOPInstanceUID, VR.UI, sopInstance);
        }
        meta.setString(Tag.TransferSyntaxUID, VR.UI, ts.uid());
        meta.setString(Tag.ImplementationClassUID, VR.UI, IMPLEMENTATION_CLASS_UID);
        meta.setString(Tag.ImplementationVersionName, VR.SH, IMPLEMENTATION_VERSION_NAME);
        if (oldMeta != null) {
            for (int tag : new int[] {Tag.SourceApplicationEntityTitle, 0x00020017, 0x00020018, 0x00020100,
                0x00020102}) {
                Element e = oldMeta.get(tag);
                if (e != null) {
                    meta.put(e);
                }
            }
        }
        return meta;
    }

    private static String first(String value, DataSet oldMeta, int metaTag) {
        if (value != null && !value.isEmpty()) {
            return value;
        }
        return oldMeta == null ? null : oldMeta.getString(metaTag);
    }
}
