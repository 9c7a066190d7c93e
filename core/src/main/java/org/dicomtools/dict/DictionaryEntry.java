// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.dict;

import java.util.List;
import org.dicomtools.data.VR;

/** TEMPORARY STUB: replaced by the generated dictionary (dict branch). */
public record DictionaryEntry(int tag, int mask, String keyword, String name, VR vr, List<VR> vrs, String vm,
                              boolean retired) {
}
