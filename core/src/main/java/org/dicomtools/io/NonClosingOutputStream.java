// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes writes through and flushes instead of closing, so that a wrapper (a deflater, a JSON generator) can be
 * closed without closing the stream beneath it (a file being written, standard output).
 */
public final class NonClosingOutputStream extends FilterOutputStream {
    public NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
