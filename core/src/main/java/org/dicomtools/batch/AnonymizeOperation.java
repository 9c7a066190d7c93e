// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.batch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dicomtools.deident.DeidentifyResult;
import org.dicomtools.deident.Deidentifier;

/**
 * {@code anonymize}: de-identifies each file to the same relative path with one {@link Deidentifier} for the whole
 * run, so every file gets the same pseudonyms (PS3.15 Annex E; SPEC §6). The outcome's detail is the
 * {@link DeidentifyResult}, for a per-element report.
 */
public final class AnonymizeOperation implements BatchOperation {
    private final Deidentifier deidentifier;

    public AnonymizeOperation(Deidentifier deidentifier) {
        this.deidentifier = deidentifier;
    }

    @Override
    public String name() {
        return "anonymize";
    }

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public Path target(Path outputRoot, Path relative) {
        return outputRoot.resolve(relative.toString());
    }

    @Override
    public OpResult process(Path input, Path target) {
        DeidentifyResult r = deidentifier.deidentify(input, target);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("patient_id", r.patientId());
        fields.put("date_offset_days", r.dateOffsetDays());
        fields.put("actions", r.actions().size());
        fields.put("warnings", r.warnings());
        return new OpResult(target, null, fields, null, r);
    }
}
