// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli;

import java.nio.file.Path;

/** A command working on one input file, so that errors can name it. */
interface InputCommand {
    Path input();
}
