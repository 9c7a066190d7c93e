// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.render;

/**
 * One step of the grey pipeline (PS3.4 N.2): a pure function of one value. Stages are immutable; for integer data of
 * up to 16 bits the chain is evaluated once per possible stored value and baked into a {@link LookupTable}, so
 * {@link #apply(double)} is never called per pixel there.
 */
public interface Stage {

    /** The stage's output for input {@code x}. */
    double apply(double x);

    /** What this stage is and where its parameters came from, for {@code --explain}. */
    Explanation.Step describe();
}
