// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The response envelope (SPEC §10), keys in the seed runner's order. {@code metadata} is the command's JSON result
 * when it printed one, else null.
 */
record ContractResponse(boolean ok, int returncode, String stdout, String stderr, List<String> outputFiles,
                        Json.RawJson metadata, String operation) {

    static ContractResponse invalid(String operation, String reason) {
        return new ContractResponse(false, ExitCodes.USAGE, "", reason, List.of(), null, operation);
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", ok);
        m.put("returncode", returncode);
        m.put("stdout", stdout);
        m.put("stderr", stderr);
        m.put("output_files", outputFiles);
        m.put("metadata", metadata);
        m.put("backend", "java");
        m.put("operation", operation);
        return m;
    }
}
