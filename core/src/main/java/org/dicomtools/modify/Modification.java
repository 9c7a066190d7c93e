// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.modify;

import java.util.Objects;
import org.dicomtools.error.InvalidValueException;

/**
 * One change asked for: set the element at a path to a value (adding it, and the sequence items on the way, when
 * absent), or delete the element or item at a path.
 *
 * @param kind  set or delete
 * @param path  where
 * @param value the value as text, multiple values separated by backslash; empty for an empty value; {@code null}
 *              for a delete
 */
public record Modification(Kind kind, TagPath path, String value) {

    /** What to do at the path. */
    public enum Kind { SET, DELETE }

    public Modification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        if (kind == Kind.SET) {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Sets the element at {@code path}; see {@link TagPath#parse(String)} for the forms of a path. */
    public static Modification set(String path, String value) {
        return new Modification(Kind.SET, TagPath.parse(path), value);
    }

    /** Deletes the element (or, for a path ending in {@code [i]}, the item) at {@code path}. */
    public static Modification delete(String path) {
        return new Modification(Kind.DELETE, TagPath.parse(path), null);
    }

    /**
     * Parses {@code PATH=VALUE}, split at the first '=' as the seed's tool does (a PN value may hold more).
     *
     * @throws InvalidValueException when there is no '=' or the path is not one
     */
    public static Modification parse(String spec) {
        int eq = spec == null ? -1 : spec.indexOf('=');
        if (eq < 0) {
            throw new InvalidValueException("invalid tag specification '" + spec
                    + "': expected Keyword=value, (gggg,eeee)=value or Sequence[0].Keyword=value");
        }
        return set(spec.substring(0, eq), spec.substring(eq + 1));
    }
}
