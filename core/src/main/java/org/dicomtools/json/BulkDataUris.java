// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.json;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dicomtools.data.BulkData;
import org.dicomtools.error.InvalidValueException;

/**
 * The {@code BulkDataURI} form this library writes and resolves (PS3.18 F.2.6 leaves the form to the origin):
 *
 * <pre>file:///absolute/path/to/file.dcm?offset=N&amp;length=M</pre>
 *
 * <p>The part before {@code ?} is the file's absolute path as {@link Path#toUri()} gives it (characters such as space,
 * {@code ?} and {@code #} percent-encoded); {@code offset} is the byte position of the first value byte in the file
 * and {@code length} the number of value bytes, both decimal. The bytes there are the value field exactly as the file
 * holds it, so only values of little-endian files are referenced this way. Any other URI (http, WADO-RS, ...) cannot
 * be resolved here.
 */
public final class BulkDataUris {
    private BulkDataUris() {
    }

    /** The URI of a value left in a little-endian file. */
    public static String format(BulkData bulk) {
        if (bulk.swapUnit() > 1) {
            throw new IllegalArgumentException("value of a big-endian file cannot be referenced by offset");
        }
        return bulk.path().toAbsolutePath().toUri() + "?offset=" + bulk.offset() + "&length=" + bulk.length();
    }

    /**
     * Resolves a URI of our form back to the value it names; the file must exist (it is read only when the value is).
     *
     * @throws InvalidValueException "cannot resolve BulkDataURI ..." for any other form or a missing file
     */
    public static BulkData parse(String uri) {
        int q = uri.indexOf('?');
        if (!uri.regionMatches(true, 0, "file:", 0, 5) || q < 0) {
            throw unresolvable(uri, "only file: URIs with ?offset=N&length=M are supported");
        }
        long offset = -1;
        long length = -1;
        for (String param : uri.substring(q + 1).split("&")) {
            int eq = param.indexOf('=');
            String name = eq < 0 ? param : param.substring(0, eq);
            String value = eq < 0 ? "" : param.substring(eq + 1);
            switch (name) {
                case "offset" -> offset = number(uri, name, value);
                case "length" -> length = number(uri, name, value);
                default -> throw unresolvable(uri, "unknown parameter '" + name + "'");
            }
        }
        if (offset < 0 || length < 0) {
            throw unresolvable(uri, "offset and length are both required");
        }
        Path path;
        try {
            path = Path.of(new URI(uri.substring(0, q)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw unresolvable(uri, e.getMessage());
        }
        if (!Files.isRegularFile(path)) {
            throw unresolvable(uri, "no such file " + path);
        }
        return new BulkData(path, offset, length);
    }

    private static long number(String uri, String name, String value) {
        try {
            long n = Long.parseLong(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw unresolvable(uri, name + " '" + value + "' is not a non-negative number");
    }

    private static InvalidValueException unresolvable(String uri, String why) {
        return new InvalidValueException("cannot resolve BulkDataURI " + uri + ": " + why);
    }
}
