// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

/** What happens to dates (SPEC §6). */
public enum DatesMode {
    /** Every DA and the date part of every DT moved forward by the patient's offset (Modified Dates option). */
    SHIFT,
    /** Dates kept (Retain Longitudinal Temporal Information with Full Dates option). */
    KEEP,
    /** The basic profile's Z/X; dates outside the table are emptied too. */
    REMOVE
}
