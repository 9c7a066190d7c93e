// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

/** How serious a finding is. */
public enum Severity {
    /** The file breaks a rule of the standard. */
    ERROR,
    /** Probably wrong, or tolerated by most readers, but not a clear violation. */
    WARNING,
    /** A fact worth knowing (SOP class, transfer syntax). */
    INFO
}
