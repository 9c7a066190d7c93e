// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import java.util.List;

/** Every finding of one validation, in the order the checks ran (file meta, values in tag order, modules, pixels). */
public record ValidationReport(List<Finding> findings) {
    public ValidationReport {
        findings = List.copyOf(findings);
    }

    public List<Finding> errors() {
        return of(Severity.ERROR);
    }

    public List<Finding> warnings() {
        return of(Severity.WARNING);
    }

    public List<Finding> infos() {
        return of(Severity.INFO);
    }

    /** Valid when there is no error; warnings and information do not count. */
    public boolean isValid() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    private List<Finding> of(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }
}
