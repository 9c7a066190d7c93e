// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.io.DicomFile;
import org.dicomtools.io.DicomReader;
import org.dicomtools.io.ReadOptions;
import org.dicomtools.validate.Finding;
import org.dicomtools.validate.ValidationReport;
import org.dicomtools.validate.Validator;

/**
 * {@code validate}: the {@link Validator}'s findings for each file; a file with errors fails (as invalid input), with
 * its counts and first errors still recorded. Writes nothing.
 */
public final class ValidateOperation implements BatchOperation {
    /** Errors and warnings listed per file; the counts cover all of them. */
    private static final int LISTED = 5;

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public OpResult process(Path input, Path target) {
        DicomFile file = DicomReader.read(input, ReadOptions.DEFAULT);
        ValidationReport report = Validator.validate(file);
        List<Finding> errors = report.errors();
        List<Finding> warnings = report.warnings();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("valid", report.isValid());
        fields.put("errors", errors.size());
        fields.put("warnings", warnings.size());
        fields.put("first_errors", errors.stream().limit(LISTED).map(Finding::toString).toList());
        fields.put("first_warnings", warnings.stream().limit(LISTED).map(Finding::toString).toList());
        InvalidValueException failure = errors.isEmpty() ? null : new InvalidValueException(errors.size()
                + (errors.size() == 1 ? " error" : " errors") + ", first: " + errors.get(0));
        String note = warnings.isEmpty() ? null : warnings.size() + (warnings.size() == 1 ? " warning" : " warnings");
        return new OpResult(null, note, fields, failure, null);
    }
}
