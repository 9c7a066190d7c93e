// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

import java.util.List;
import org.dicomtools.data.DataSet;

/**
 * A de-identified data set and the account of it.
 *
 * @param dataSet          the new data set (the source is not changed; pixel data is shared, never decoded)
 * @param actions          every element touched, in order, without values
 * @param warnings         what needs a person's attention: burned-in annotation, free text or private data kept
 * @param patientId        the PatientID pseudonym written
 * @param dateOffsetDays   days every date moved forward (0 when dates are kept or removed)
 */
public record DeidentifyResult(DataSet dataSet, List<ActionRecord> actions, List<String> warnings, String patientId,
                               int dateOffsetDays) {
}
