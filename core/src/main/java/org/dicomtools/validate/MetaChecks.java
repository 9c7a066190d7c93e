// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import java.util.Arrays;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.UidEntry;
import org.dicomtools.dict.UidRegistry;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.ReadWarning;
import org.dicomtools.ts.TransferSyntax;
import org.dicomtools.ts.TransferSyntaxes;

/**
 * The Part 10 framing (PS3.10 7.1): preamble and 'DICM', the required File Meta Information elements, a known
 * transfer syntax, and Media Storage SOP Class/Instance UIDs that agree with the data set. Repairs the reader made
 * become warnings.
 */
final class MetaChecks {
    private static final byte[] VERSION_1 = {0, 1};

    private MetaChecks() {
    }

    static void check(DicomFile file, Findings out) {
        // Only a file read from disk can be said to lack the preamble; one built in memory gets it when written.
        if (file.source() != null && !file.hasPreamble()) {
            out.warning("", "no 128-byte preamble and 'DICM' prefix (PS3.10 7.1)");
        }
        DataSet meta = file.fileMeta();
        if (meta == null || meta.isEmpty()) {
            out.error("", "no File Meta Information (group 0002) (PS3.10 7.1)");
        } else {
            checkMeta(file, meta, out);
        }
        for (ReadWarning w : file.warnings()) {
            out.warning(w.tagPath(), w.message() + " (at byte " + w.offset() + ")");
        }
    }

    private static void checkMeta(DicomFile file, DataSet meta, Findings out) {
        // PS3.10 Table 7.1-1: Type 1 elements of the meta group.
        if (Attributes.type1(meta, Tag.FileMetaInformationVersion, out)) {
            Element version = meta.get(Tag.FileMetaInformationVersion);
            if (version.hasBytes() && !Arrays.equals(version.bytes(), VERSION_1)) {
                out.warning(Findings.path(Tag.FileMetaInformationVersion),
                        Findings.name(Tag.FileMetaInformationVersion) + " is not 00\\01");
            }
        }
        boolean hasClass = Attributes.type1(meta, Tag.MediaStorageSOPClassUID, out);
        boolean hasInstance = Attributes.type1(meta, Tag.MediaStorageSOPInstanceUID, out);
        if (Attributes.type1(meta, Tag.TransferSyntaxUID, out)) {
            checkTransferSyntax(meta.getString(Tag.TransferSyntaxUID), out);
        }
        Attributes.type1(meta, Tag.ImplementationClassUID, out);
        if (file.source() != null && !meta.contains(Tag.FileMetaInformationGroupLength)) {
            out.warning(Findings.path(Tag.FileMetaInformationGroupLength),
                    Findings.name(Tag.FileMetaInformationGroupLength) + " missing");
        }
        DataSet ds = file.dataSet();
        if (hasClass) {
            same(meta, Tag.MediaStorageSOPClassUID, ds, Tag.SOPClassUID, out);
        }
        if (hasInstance) {
            same(meta, Tag.MediaStorageSOPInstanceUID, ds, Tag.SOPInstanceUID, out);
        }
    }

    private static void checkTransferSyntax(String uid, Findings out) {
        String path = Findings.path(Tag.TransferSyntaxUID);
        String name = Findings.name(Tag.TransferSyntaxUID);
        TransferSyntax ts = TransferSyntaxes.lookup(uid);
        if (ts == null) {
            UidEntry other = UidRegistry.standard().lookup(uid);
            out.error(path, name + " '" + uid + "' is not a known transfer syntax"
                    + (other == null ? "" : " (it is a " + other.type() + ")"));
        } else if (ts.retired()) {
            out.warning(path, name + " '" + uid + "' is retired: " + ts.name());
        } else {
            out.info(path, "transfer syntax: " + ts.name());
        }
    }

    /** PS3.10 7.1: the Media Storage UIDs repeat the data set's SOP Class and Instance UIDs. */
    private static void same(DataSet meta, int metaTag, DataSet ds, int dsTag, Findings out) {
        String inMeta = meta.getString(metaTag);
        String inData = ds.getString(dsTag);
        if (inData != null && !inData.isEmpty() && !inData.equals(inMeta)) {
            out.error(Findings.path(metaTag), Findings.name(metaTag) + " '" + inMeta + "' differs from "
                    + Findings.name(dsTag) + " '" + inData + "'");
        }
    }
}
