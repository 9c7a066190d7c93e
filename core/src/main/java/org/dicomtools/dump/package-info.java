// SPDX-License-Identifier: Apache-2.0
/** Text dumps of data sets in the manner of dcmdump. */
package org.dicomtools.dump;
