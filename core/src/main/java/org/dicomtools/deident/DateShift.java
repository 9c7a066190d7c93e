// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import java.time.LocalDate;
import java.util.Set;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.DicomDateTime;
import org.dicomtools.data.Element;
import org.dicomtools.data.VR;
import org.dicomtools.data.Values;

/**
 * Moves dates forward by the patient's offset, so intervals between them stay true (PS3.15 E.3.6, Retain
 * Longitudinal Temporal Information with Modified Dates). DT keeps its precision and offset; times are not touched.
 * A value that is not a date cannot be shifted safely and is emptied, with a warning.
 */
final class DateShift {
    private final int days;

    DateShift(int days) {
        this.days = days;
    }

    Element shift(Element e, DataSet out, Set<String> warnings, String path) {
        if (!e.hasBytes() || e.isEmpty()) {
            return e;
        }
        String[] values = Values.strings(e.bytes(), e.vr(), null);
        for (int i = 0; i < values.length; i++) {
            if (values[i].isEmpty()) {
                continue;
            }
            try {
                values[i] = e.vr() == VR.DA ? shiftDate(values[i]) : shiftDateTime(values[i]);
            } catch (RuntimeException ex) {
                values[i] = "";
                warnings.add("value of " + path + " is not a valid " + e.vr() + " and was emptied");
            }
        }
        return Element.ofBytes(e.tag(), e.vr(), Values.encodeStrings(e.vr(), out.specificCharacterSet(), values));
    }

    private String shiftDate(String value) {
        LocalDate d = DicomDateTime.parseDate(value);
        return DicomDateTime.formatDate(d.plusDays(days));
    }

    private String shiftDateTime(String value) {
        DicomDateTime.PartialDateTime dt = DicomDateTime.parseDateTime(value);
        return DicomDateTime.format(new DicomDateTime.PartialDateTime(dt.value().plusDays(days), dt.precision(),
                dt.offset()));
    }
}
