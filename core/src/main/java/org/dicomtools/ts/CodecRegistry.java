// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.ts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameDecoder;
import org.dicomtools.codec.FrameEncoder;
import org.dicomtools.error.UnsupportedTransferSyntaxException;

/**
 * Who decodes and encodes the pixel data of each encapsulated transfer syntax. Built once and passed in;
 * {@link #standard()} holds this build's pure-Java codecs. Native syntaxes need no codec and are always available.
 */
public final class CodecRegistry {
    /** The codecs of one syntax; {@code encodeOptions} fixes what the syntax prescribes (e.g. predictor 1). */
    public record Codecs(FrameDecoder decoder, FrameEncoder encoder, UnaryOperator<EncodeOptions> encodeOptions) {
    }

    private final Map<String, Codecs> byUid;

    private CodecRegistry(Map<String, Codecs> byUid) {
        this.byUid = Collections.unmodifiableMap(new LinkedHashMap<>(byUid));
    }

    /** The codecs of this build. */
    public static CodecRegistry standard() {
        return StandardCodecs.REGISTRY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean canDecode(TransferSyntax ts) {
        return ts.isNative() || codecs(ts) != null && codecs(ts).decoder() != null;
    }

    public boolean canEncode(TransferSyntax ts) {
        return ts.isNative() || codecs(ts) != null && codecs(ts).encoder() != null;
    }

    /**
     * The decoder of an encapsulated syntax.
     *
     * @throws UnsupportedTransferSyntaxException when this build has none
     */
    public FrameDecoder decoder(TransferSyntax ts) {
        Codecs c = codecs(ts);
        if (c == null || c.decoder() == null) {
            throw new UnsupportedTransferSyntaxException(ts.uid(), true, "no decoder for " + ts.name() + " ("
                    + ts.uid() + ") in this build; it decodes " + names(decodable()));
        }
        return c.decoder();
    }

    /**
     * The encoder of an encapsulated syntax.
     *
     * @throws UnsupportedTransferSyntaxException when this build has none
     */
    public FrameEncoder encoder(TransferSyntax ts) {
        Codecs c = codecs(ts);
        if (c == null || c.encoder() == null) {
            throw new UnsupportedTransferSyntaxException(ts.uid(), true, "no encoder for " + ts.name() + " ("
                    + ts.uid() + ") in this build; it writes " + names(encodable()));
        }
        return c.encoder();
    }

    /** Options adjusted to what the syntax prescribes. */
    public EncodeOptions encodeOptions(TransferSyntax ts, EncodeOptions requested) {
        Codecs c = codecs(ts);
        return c == null || c.encodeOptions() == null ? requested : c.encodeOptions().apply(requested);
    }

    /** Every syntax whose pixel data this registry can decode, native ones first. */
    public List<TransferSyntax> decodable() {
        List<TransferSyntax> out = new ArrayList<>(TransferSyntaxes.nativeSyntaxes());
        for (TransferSyntax ts : TransferSyntaxes.all()) {
            if (!ts.isNative() && canDecode(ts)) {
                out.add(ts);
            }
        }
        return out;
    }

    /** Every syntax this registry can write, native ones first. */
    public List<TransferSyntax> encodable() {
        List<TransferSyntax> out = new ArrayList<>(TransferSyntaxes.nativeSyntaxes());
        for (TransferSyntax ts : TransferSyntaxes.all()) {
            if (!ts.isNative() && canEncode(ts)) {
                out.add(ts);
            }
        }
        return out;
    }

    /** Short names of syntaxes, for messages. */
    public static String names(List<TransferSyntax> syntaxes) {
        return syntaxes.stream().map(TransferSyntax::shortName).collect(Collectors.joining(", "));
    }

    private Codecs codecs(TransferSyntax ts) {
        return byUid.get(ts.uid());
    }

    /** Collects codecs by transfer syntax. */
    public static final class Builder {
        private final Map<String, Codecs> byUid = new LinkedHashMap<>();

        public Builder add(TransferSyntax ts, FrameDecoder decoder, FrameEncoder encoder) {
            return add(ts, decoder, encoder, null);
        }

        public Builder add(TransferSyntax ts, FrameDecoder decoder, FrameEncoder encoder,
                           UnaryOperator<EncodeOptions> encodeOptions) {
            if (ts.isNative()) {
                throw new IllegalArgumentException(ts + " is native: it needs no codec");
            }
            byUid.put(ts.uid(), new Codecs(decoder, encoder, encodeOptions));
            return this;
        }

        public CodecRegistry build() {
            return new CodecRegistry(byUid);
        }
    }
}
