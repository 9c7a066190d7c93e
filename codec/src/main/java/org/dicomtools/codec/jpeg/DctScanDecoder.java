// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpeg;

import org.dicomtools.codec.CodecFailure;

/**
 * Decodes the entropy-coded data of one DCT scan into its components' coefficients: the MCU order of interleaved
 * and non-interleaved scans (T.81 A.2), restart intervals (each ends with RSTm; predictions and EOB runs start
 * afresh), and the block coding of sequential scans (F.2.2) or of the progressive scan kinds
 * ({@link ProgressiveDecoder}).
 *
 * <p>The bit reader supplies 0-bits past the end of the data or at a marker; a scan that consumes any of them was
 * cut short, and is a {@link CodecFailure} rather than a partly grey image.
 */
final class DctScanDecoder {
    private final BitReader in;
    private final int scanOffset;
    private final DctComponent[] components;
    private final HuffmanTable[] dc;
    private final HuffmanTable[] ac;
    private final boolean progressive;
    private final int ss;
    private final int ah;
    private final ProgressiveDecoder prog;
    private final int[] pred;

    /**
     * @param scanOffset  where the scan's SOS marker is, for messages
     * @param components  the scan's components in scan order
     * @param dc          each scan component's DC table (null where the scan needs none)
     * @param ac          each scan component's AC table (null where the scan needs none)
     */
    DctScanDecoder(BitReader in, int scanOffset, DctComponent[] components, HuffmanTable[] dc, HuffmanTable[] ac,
                   boolean progressive, ScanHeader scan) {
        this.in = in;
        this.scanOffset = scanOffset;
        this.components = components;
        this.dc = dc;
        this.ac = ac;
        this.progressive = progressive;
        this.ss = scan.ss();
        this.ah = scan.ah();
        this.pred = new int[components.length];
        this.prog = progressive ? new ProgressiveDecoder(in, scan.ss(), scan.se(), scan.al()) : null;
    }

    /**
     * Decodes every MCU of the scan.
     *
     * @param mcusX           MCUs per line of an interleaved scan (the frame's)
     * @param mcusY           MCU rows of an interleaved scan
     * @param restartInterval MCUs per restart interval, 0 for none
     */
    void decode(int mcusX, int mcusY, int restartInterval) {
        boolean single = components.length == 1;
        int across = single ? components[0].scanBlocksW : mcusX;
        int down = single ? components[0].scanBlocksH : mcusY;
        long total = (long) across * down;
        long mcu = 0;
        for (int my = 0; my < down; my++) {
            for (int mx = 0; mx < across; mx++, mcu++) {
                if (restartInterval > 0 && mcu > 0 && mcu % restartInterval == 0) {
                    checkComplete();
                    in.restart();
                    java.util.Arrays.fill(pred, 0);
                    if (prog != null) {
                        prog.restart();
                    }
                }
                if (single) {
                    DctComponent c = components[0];
                    block(0, c, (my * c.blocksW + mx) * 64);
                } else {
                    for (int i = 0; i < components.length; i++) {
                        DctComponent c = components[i];
                        for (int v = 0; v < c.v; v++) {
                            int row = (my * c.v + v) * c.blocksW + mx * c.h;
                            for (int h = 0; h < c.h; h++) {
                                block(i, c, (row + h) * 64);
                            }
                        }
                    }
                }
            }
        }
        if (total > 0) {
            checkComplete();
        }
    }

    private void checkComplete() {
        if (in.paddingBits() > 0) {
            throw new CodecFailure("entropy-coded data of the scan at byte offset " + scanOffset
                    + " end before its last MCU (truncated or corrupt near byte offset " + in.position() + ")");
        }
    }

    private void block(int i, DctComponent c, int off) {
        if (!progressive) {
            pred[i] = sequential(c.coef, off, dc[i], ac[i], pred[i]);
        } else if (ss == 0) {
            if (ah == 0) {
                pred[i] = prog.dcFirst(c.coef, off, dc[i], pred[i]);
            } else {
                prog.dcRefine(c.coef, off);
            }
        } else if (ah == 0) {
            prog.acFirst(c.coef, off, ac[i]);
        } else {
            prog.acRefine(c.coef, off, ac[i]);
        }
    }

    /** One block of a sequential scan (T.81 F.2.2.1, F.2.2.2); returns the new DC prediction. */
    private int sequential(int[] coef, int off, HuffmanTable dcTable, HuffmanTable acTable, int prediction) {
        int s = in.decode(dcTable);
        if (s > 15) {
            throw new CodecFailure("DC category " + s + " out of range near byte offset " + in.position());
        }
        int value = prediction + (s == 0 ? 0 : BitReader.extend(in.bits(s), s));
        coef[off] = value;
        for (int k = 1; k < 64; k++) {
            int rs = in.decode(acTable);
            int r = rs >> 4;
            s = rs & 15;
            if (s == 0) {
                if (r != 15) {
                    break;
                }
                k += 15;
                continue;
            }
            k += r;
            if (k > 63) {
                throw new CodecFailure("AC coefficient index " + k + " past 63 near byte offset " + in.position());
            }
            coef[off + k] = BitReader.extend(in.bits(s), s);
        }
        return value;
    }
}
