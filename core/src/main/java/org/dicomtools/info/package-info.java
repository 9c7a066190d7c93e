// SPDX-License-Identifier: Apache-2.0
/** Summaries of a file for people: the seed's {@code info} keys, built from a header-only read. */
package org.dicomtools.info;
