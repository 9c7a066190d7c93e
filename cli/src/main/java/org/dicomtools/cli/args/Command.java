// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.cli.args;

import java.util.concurrent.Callable;

/**
 * A command of the program: declares its description, options and parameters on a {@link CommandSpec}, then runs
 * once they are set and returns its exit code. A usage problem found while running is a {@link UsageException}.
 */
public interface Command extends Callable<Integer> {
    /** Declares this command on {@code spec}; the setters it registers fill this object's fields. */
    void define(CommandSpec spec);
}
