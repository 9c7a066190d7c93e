// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One request envelope of the contract (SPEC §10): {@code {"op", "input", "output", "options"}}. A {@code backend}
 * key is accepted and ignored: there is one backend here.
 */
record ContractRequest(String op, String input, String output, Map<String, Object> options) {
    private static final Set<String> KEYS = Set.of("op", "input", "output", "options", "backend");

    /** A request that cannot be run; the message says why. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    static ContractRequest parse(InputStream in) throws Invalid {
        return of(readJson(in, "request"));
    }

    /** One JSON value; {@code what} names it in the error ("request", "--options"). */
    static Object readJson(InputStream in, String what) throws Invalid {
        try {
            return Json.read(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new Invalid(what + " is not JSON: " + firstLine(e.getOriginalMessage())
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new Invalid(what + " is not JSON: " + firstLine(e.getMessage()));
        }
    }

    /** A request from its parsed document, every key and type checked. */
    static ContractRequest of(Object doc) throws Invalid {
        if (!(doc instanceof Map<?, ?> map)) {
            throw new Invalid("request must be a JSON object");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(key)) {
                throw new Invalid("unknown request key '" + key + "' (expected op, input, output, options)");
            }
        }
        String op = string(map, "op");
        if (op == null || op.isBlank()) {
            throw new Invalid("op is required");
        }
        Object options = map.get("options");
        if (options != null && !(options instanceof Map)) {
            throw new Invalid("options must be a JSON object");
        }
        Map<String, Object> opts = new LinkedHashMap<>();
        if (options != null) {
            ((Map<?, ?>) options).forEach((k, v) -> opts.put((String) k, v));
        }
        return new ContractRequest(op, string(map, "input"), string(map, "output"), opts);
    }

    private static String string(Map<?, ?> map, String key) throws Invalid {
        Object v = map.get(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new Invalid(key + " must be a string");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
