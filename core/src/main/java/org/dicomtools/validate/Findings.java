// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.validate;

import java.util.ArrayList;
import java.util.List;
import org.dicomtools.data.Tags;
import org.dicomtools.dict.ElementDictionary;

/** Collects findings for the checks and names tags the way every message does: {@code (0028,0010) Rows}. */
final class Findings {
    private static final ElementDictionary DICT = ElementDictionary.standard();

    private final List<Finding> list = new ArrayList<>();

    void error(String path, String message) {
        list.add(new Finding(Severity.ERROR, path, message));
    }

    void warning(String path, String message) {
        list.add(new Finding(Severity.WARNING, path, message));
    }

    void info(String path, String message) {
        list.add(new Finding(Severity.INFO, path, message));
    }

    List<Finding> list() {
        return list;
    }

    /** {@code (GGGG,EEEE) Keyword}, or the number alone for a tag the dictionary does not know. */
    static String name(int tag) {
        String keyword = DICT.keywordOf(tag);
        return keyword.isEmpty() ? Tags.format(tag) : Tags.format(tag) + " " + keyword;
    }

    /** The path of a top-level element. */
    static String path(int tag) {
        return Tags.format(tag);
    }

    /** The path of an element inside item {@code index} of a sequence at {@code parentPath}. */
    static String path(String parentPath, int index, int tag) {
        return parentPath + "[" + index + "]>" + Tags.format(tag);
    }
}
