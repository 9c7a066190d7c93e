// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.util.List;
import org.dicomtools.codec.CodecFailure;

/**
 * Our own JPEG 2000 Part 1 decoder (ISO 15444-1): reads all headers first ({@link CodestreamHeader}), refusing
 * with {@link J2kUnsupported} what it does not implement, then decodes tile by tile: tier-2 ({@link PacketReader}),
 * tier-1 ({@link BlockDecoder}), dequantisation (Annex E), inverse wavelet transform ({@link InverseDwt}), inverse
 * component transform (Annex G) and DC level shift, into one plane of samples per component.
 *
 * <p>Thread-safe: each thread reuses its own tier-1 and wavelet buffers.
 */
final class CodestreamDecoder {
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** The reusable working memory of one thread. */
    private static final class Scratch {
        final BlockDecoder blocks = new BlockDecoder();
        final InverseDwt dwt = new InverseDwt();
    }

    private final byte[] data;
    private final CodestreamHeader header;
    private final TileComponent[][] tiles;
    private final int width;
    private final int height;
    private final int[][] planes;

    private CodestreamDecoder(byte[] data, CodestreamHeader header) {
        this.data = data;
        this.header = header;
        this.width = header.x1 - header.x0;
        this.height = header.y1 - header.y0;
        int nc = header.components;
        tiles = new TileComponent[header.tiles.length][];
        for (int t = 0; t < tiles.length; t++) {
            tiles[t] = layout(t);
        }
        planes = new int[nc][];
    }

    /**
     * Decodes the codestream {@code s} found in {@code data}: one plane per component, {@code width * height}
     * samples, with the DC level shift undone and clamped to each component's range.
     *
     * @throws J2kUnsupported before any decoding, for a stream using what we do not decode
     * @throws CodecFailure   for a stream that is not valid
     */
    static int[][] decode(byte[] data, J2kCodestream s) {
        try {
            return new CodestreamDecoder(data, CodestreamHeader.read(data, s)).run();
        } catch (CodecFailure | J2kUnsupported e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CodecFailure("JPEG 2000 codestream is corrupt: " + e, e);
        }
    }

    private TileComponent[] layout(int t) {
        CodestreamHeader h = header;
        int p = t % h.tilesAcross;
        int q = t / h.tilesAcross;
        int tx0 = (int) Math.max((long) h.tileX0 + (long) p * h.tileWidth, h.x0);
        int ty0 = (int) Math.max((long) h.tileY0 + (long) q * h.tileHeight, h.y0);
        int tx1 = (int) Math.min((long) h.tileX0 + (long) (p + 1) * h.tileWidth, h.x1);
        int ty1 = (int) Math.min((long) h.tileY0 + (long) (q + 1) * h.tileHeight, h.y1);
        CodestreamHeader.TileCoding cod = h.cod(t);
        TileComponent[] comps = new TileComponent[h.components];
        for (int c = 0; c < comps.length; c++) {
            ComponentCoding coding = h.coding(t, c);
            Quantisation quant = h.quantisation(t, c);
            if (coding.reversible() != (quant.style() == 0)) {
                throw new J2kUnsupported((coding.reversible() ? "reversible" : "irreversible")
                        + " wavelet with quantisation style " + quant.style());
            }
            comps[c] = new TileComponent(tx0, ty0, tx1, ty1, coding, quant, h.precision[c]);
        }
        if (cod.mct == 1) {
            if (comps.length < 3) {
                throw new CodecFailure("JPEG 2000 component transform on " + comps.length + " components");
            }
            if (comps[1].coding.reversible() != comps[0].coding.reversible()
                    || comps[2].coding.reversible() != comps[0].coding.reversible()) {
                throw new J2kUnsupported("component transform over components of different wavelets");
            }
        }
        return comps;
    }

    private int[][] run() {
        for (int c = 0; c < planes.length; c++) {
            planes[c] = new int[width * height];
        }
        Scratch scratch = SCRATCH.get();
        for (int t = 0; t < tiles.length; t++) {
            decodeTile(t, scratch);
        }
        return planes;
    }

    private void decodeTile(int t, Scratch scratch) {
        TileComponent[] comps = tiles[t];
        CodestreamHeader.TileCoding cod = header.cod(t);
        List<int[]> parts = header.tileData.get(t);
        byte[] bytes = data;
        int start = 0;
        int end = 0;
        if (parts.size() == 1) {
            start = parts.get(0)[0];
            end = parts.get(0)[1];
        } else if (parts.size() > 1) {
            int total = 0;
            for (int[] part : parts) {
                total += part[1] - part[0];
            }
            bytes = new byte[total];
            for (int[] part : parts) {
                System.arraycopy(data, part[0], bytes, end, part[1] - part[0]);
                end += part[1] - part[0];
            }
        }
        new PacketReader(comps, bytes, start, end, cod.codStyle).readAll(cod.layers, cod.progression);
        TileComponent first = comps[0];
        int tw = first.x1 - first.x0;
        int th = first.y1 - first.y0;
        int n = tw * th;
        boolean reversible = first.coding.reversible();
        if (cod.mct == 1 && reversible) {
            int[][] v = new int[3][];
            for (int c = 0; c < 3; c++) {
                v[c] = coefficients(comps[c], bytes, scratch);
            }
            for (int i = 0; i < n; i++) {
                int y = v[0][i];
                int cb = v[1][i];
                int cr = v[2][i];
                int g = y - ((cb + cr) >> 2);
                v[0][i] = cr + g;
                v[1][i] = g;
                v[2][i] = cb + g;
            }
            for (int c = 0; c < 3; c++) {
                store(v[c], comps[c], c);
            }
        } else if (cod.mct == 1) {
            float[][] v = new float[3][];
            for (int c = 0; c < 3; c++) {
                v[c] = floatCoefficients(comps[c], bytes, scratch);
            }
            for (int i = 0; i < n; i++) {
                float y = v[0][i];
                float u = v[1][i];
                float w = v[2][i];
                v[0][i] = y + w * 1.402f;
                v[1][i] = y - u * 0.34413f - w * 0.71414f;
                v[2][i] = y + u * 1.772f;
            }
            for (int c = 0; c < 3; c++) {
                store(v[c], comps[c], c);
            }
        }
        for (int c = cod.mct == 1 ? 3 : 0; c < comps.length; c++) {
            if (comps[c].coding.reversible()) {
                store(coefficients(comps[c], bytes, scratch), comps[c], c);
            } else {
                store(floatCoefficients(comps[c], bytes, scratch), comps[c], c);
            }
        }
    }

    /** Tier-1, dequantisation and inverse 5/3 of one tile-component. */
    private static int[] coefficients(TileComponent tc, byte[] bytes, Scratch scratch) {
        int stride = tc.x1 - tc.x0;
        int[] buf = new int[stride * (tc.y1 - tc.y0)];
        decodeBlocks(tc, bytes, scratch, (band, d, w, h, o) -> {
            for (int y = 0, i = 0; y < h; y++, o += stride) {
                for (int x = 0; x < w; x++, i++) {
                    buf[o + x] = d[i] / 2;
                }
            }
        });
        scratch.dwt.reversible(buf, stride, tc);
        return buf;
    }

    /** Tier-1, dequantisation and inverse 9/7 of one tile-component. */
    private static float[] floatCoefficients(TileComponent tc, byte[] bytes, Scratch scratch) {
        int stride = tc.x1 - tc.x0;
        float[] buf = new float[stride * (tc.y1 - tc.y0)];
        decodeBlocks(tc, bytes, scratch, (band, d, w, h, o) -> {
            float step = band.step * 0.5f;
            for (int y = 0, i = 0; y < h; y++, o += stride) {
                for (int x = 0; x < w; x++, i++) {
                    buf[o + x] = d[i] * step;
                }
            }
        });
        scratch.dwt.irreversible(buf, stride, tc);
        return buf;
    }

    /** Where one decoded code-block's samples go: {@code w x h} values of {@code d}, from offset {@code o}. */
    @FunctionalInterface
    private interface BlockSink {
        void accept(TileComponent.Band band, int[] d, int w, int h, int o);
    }

    /** Tier-1 of every coded block of {@code tc}, each handed to {@code sink} at its place in the tile buffer. */
    private static void decodeBlocks(TileComponent tc, byte[] bytes, Scratch scratch, BlockSink sink) {
        int stride = tc.x1 - tc.x0;
        BlockDecoder bd = scratch.blocks;
        int style = tc.coding.style();
        for (TileComponent.Resolution res : tc.resolutions) {
            for (TileComponent.PrecinctBand[] precinct : res.precincts) {
                for (int b = 0; b < precinct.length; b++) {
                    TileComponent.Band band = res.bands[b];
                    for (CodeBlock cb : precinct[b].blocks) {
                        if (cb.passes == 0) {
                            continue;
                        }
                        bd.decode(bytes, cb, band.orientation, style, band.bitPlanes);
                        int o = (band.bufferY + cb.y0 - band.y0) * stride + band.bufferX + cb.x0 - band.x0;
                        sink.accept(band, bd.data, cb.x1 - cb.x0, cb.y1 - cb.y0, o);
                    }
                }
            }
        }
    }

    /** Component {@code c}'s DC level shift (G.1.2) and the range its samples are clipped to. */
    private record SampleRange(int shift, int min, int max) {
        int clip(int v) {
            int s = v + shift;
            return s < min ? min : s > max ? max : s;
        }
    }

    private SampleRange range(int c) {
        int prec = header.precision[c];
        return header.signed[c]
                ? new SampleRange(0, -(1 << (prec - 1)), (1 << (prec - 1)) - 1)
                : new SampleRange(1 << (prec - 1), 0, (1 << prec) - 1);
    }

    /** Where row {@code y} of tile-component {@code tc} starts in the component's output plane. */
    private int planeOffset(TileComponent tc, int y) {
        return (tc.y0 - header.y0 + y) * width + tc.x0 - header.x0;
    }

    private void store(int[] v, TileComponent tc, int c) {
        int tw = tc.x1 - tc.x0;
        SampleRange r = range(c);
        int[] out = planes[c];
        for (int y = 0; y < tc.y1 - tc.y0; y++) {
            int o = planeOffset(tc, y);
            for (int x = 0, i = y * tw; x < tw; x++, i++) {
                out[o + x] = r.clip(v[i]);
            }
        }
    }

    private void store(float[] v, TileComponent tc, int c) {
        int tw = tc.x1 - tc.x0;
        SampleRange r = range(c);
        int[] out = planes[c];
        for (int y = 0; y < tc.y1 - tc.y0; y++) {
            int o = planeOffset(tc, y);
            for (int x = 0, i = y * tw; x < tw; x++, i++) {
                out[o + x] = r.clip((int) Math.rint(v[i]));
            }
        }
    }
}
