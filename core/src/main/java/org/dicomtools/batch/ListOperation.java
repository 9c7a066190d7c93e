// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dicomtools.data.DataSet;
import org.dicomtools.dict.Tag;
import org.dicomtools.dict.UidEntry;
import org.dicomtools.dict.UidRegistry;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;

/**
 * {@code list}: what each file is, from its header alone (reading stops before Pixel Data): size, modality, SOP class
 * (keyword, or name when the standard gives none, or the UID when it is not registered), transfer syntax short name,
 * rows, columns and frames ({@code null} when the object has no image).
 */
public final class ListOperation implements BatchOperation {
    private final UidRegistry uids = UidRegistry.standard();

    @Override
    public String name() {
        return "list";
    }

    @Override
    public OpResult process(Path input, Path target) {
        DicomFile file = DicomReader.read(input, ReadOptions.HEADER_ONLY);
        DataSet ds = file.dataSet();
        String sopClass = ds.getString(Tag.SOPClassUID);
        if (sopClass == null && file.fileMeta() != null) {
            sopClass = file.fileMeta().getString(Tag.MediaStorageSOPClassUID);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("size", size(input));
        fields.put("modality", ds.getString(Tag.Modality));
        fields.put("sop_class", sopClassName(sopClass));
        fields.put("transfer_syntax", file.transferSyntax().shortName());
        boolean image = ds.contains(Tag.Rows) && ds.contains(Tag.Columns);
        fields.put("rows", image ? ds.getInt(Tag.Rows, 0) : null);
        fields.put("columns", image ? ds.getInt(Tag.Columns, 0) : null);
        fields.put("frames", image ? ds.getInt(Tag.NumberOfFrames, 1) : null);
        return OpResult.ok(null, null, fields);
    }

    private String sopClassName(String uid) {
        UidEntry e = uids.lookup(uid);
        if (e == null) {
            return uid;
        }
        return !e.keyword().isEmpty() ? e.keyword() : !e.name().isEmpty() ? e.name() : uid;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
