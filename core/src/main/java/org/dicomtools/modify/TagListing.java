// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import java.util.ArrayList;
import java.util.List;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.dict.DictionaryEntry;
import org.dicomtools.dict.ElementDictionary;
import org.dicomtools.io.DicomFile;

/**
 * The top-level elements of a file, meta group and data set, each with its name and value as one line of text: the
 * seed's {@code list_all_tags}. Pixel Data shows as {@code [Pixel Data - N bytes]}, a sequence as
 * {@code [Sequence with N item(s)]}; bulk values are summarised without being read.
 *
 * @param fileMeta the group 0002 elements
 * @param dataSet  the data set's top-level elements
 */
public record TagListing(List<Entry> fileMeta, List<Entry> dataSet) {

    /**
     * One element.
     *
     * @param tag     the tag
     * @param keyword the PS3.6 keyword, {@code ""} when none
     * @param name    the PS3.6 name; "Private tag data" for a private element, "Unknown" for one the dictionary lacks
     * @param vr      the VR
     * @param value   the value as text, whole
     */
    public record Entry(int tag, String keyword, String name, VR vr, String value) {
    }

    public TagListing {
        fileMeta = List.copyOf(fileMeta);
        dataSet = List.copyOf(dataSet);
    }

    public static TagListing of(DicomFile file) {
        return new TagListing(entries(file.fileMeta()), entries(file.dataSet()));
    }

    private static List<Entry> entries(DataSet ds) {
        ElementDictionary dict = ElementDictionary.standard();
        List<Entry> out = new ArrayList<>(ds.size());
        for (Element e : ds) {
            DictionaryEntry d = dict.lookup(e.tag());
            String name = d != null && !d.name().isEmpty() ? d.name()
                    : Tags.isPrivate(e.tag()) ? "Private tag data" : "Unknown";
            out.add(new Entry(e.tag(), d == null ? "" : d.keyword(), name, e.vr(), ValueText.of(ds, e)));
        }
        return out;
    }
}
