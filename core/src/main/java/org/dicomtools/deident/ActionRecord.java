// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.deident;

/** One element touched: where ({@code (0008,1140)[0]>(0008,1155)}), its keyword, and what was done. No values. */
public record ActionRecord(String tagPath, String keyword, Action action) {
}
