// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.dicomtools.data.BulkData;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.Element;
import org.dicomtools.data.Fragments;
import org.dicomtools.data.Tags;
import org.dicomtools.data.VR;
import org.dicomtools.error.InputException;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.error.OutputException;

/**
 * Writes a data set as the DICOM JSON model of PS3.18 F.2: one JSON object whose keys are the tags as eight upper-case
 * hex digits in tag order, each attribute {@code {"vr": "XX", "Value": [...]}} with no {@code Value} when the value is
 * empty. Strings are decoded with the data set's Specific Character Set (the JSON text is Unicode).
 *
 * <p>Value forms, by VR (F.2.3, F.2.4, F.2.5):
 * <ul>
 *   <li>string VRs: one JSON string per value; an empty value among several is {@code null};</li>
 *   <li>PN: one object per value with the non-empty groups {@code Alphabetic}, {@code Ideographic},
 *       {@code Phonetic}; empty groups are not carried, so {@code Doe^John=} reads back as {@code Doe^John} and a
 *       name of empty groups only ({@code ==}) is {@code null};</li>
 *   <li>AT: {@code "GGGGEEEE"} strings;</li>
 *   <li>IS, DS: numbers written with the value's own text when that text is a JSON number ({@code 1.50} stays
 *       {@code 1.50}), otherwise the parsed number ({@code +5} becomes {@code 5}, {@code .5} becomes {@code 0.5}); a
 *       value that is no number at all is kept as a JSON string, which F.2.3 allows for IS and DS;</li>
 *   <li>US, SS, UL, SL, SV, UV, FL, FD: numbers (UV unsigned). FL and FD values write the shortest text that reads
 *       back to the same binary value. JSON has no NaN or infinity, so those are written as the strings
 *       {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}; {@link DicomJsonReader} reads them back (a NaN
 *       comes back as the canonical quiet NaN, its payload bits are not kept);</li>
 *   <li>SQ: an array of item objects, an empty item as {@code {}};</li>
 *   <li>OB, OD, OF, OL, OV, OW, UN: {@code "InlineBinary"} (base64 of the little-endian value, F.2.7), or
 *       {@code "BulkDataURI"} for values left in their file when {@link JsonWriteOptions#bulkDataUri()} is set;</li>
 *   <li>encapsulated Pixel Data: {@code "InlineBinary"} of its item stream, see {@link BinaryValues}.</li>
 * </ul>
 *
 * <p>One deliberate departure from F.2.2: Group Length (gggg,0000) elements present in the data set are written too
 * (as UL), so that a round trip keeps every element. Values left in files are streamed, never loaded whole.
 */
public final class DicomJsonWriter {
    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator gen;
    private final JsonWriteOptions opts;

    private DicomJsonWriter(JsonGenerator gen, JsonWriteOptions opts) {
        this.gen = gen;
        this.opts = opts;
    }

    /**
     * Writes the data set as one JSON object to a generator the caller owns (not flushed or closed). Indentation is
     * set when {@code opts.pretty()} and the generator has no pretty printer yet.
     *
     * @throws OutputException       the generator's target fails
     * @throws InputException        a value left in its file cannot be read
     * @throws InvalidValueException a value that JSON cannot carry (an item stream over 2 GiB)
     */
    public static void write(DataSet ds, JsonGenerator gen, JsonWriteOptions opts) {
        if (opts.pretty() && gen.getPrettyPrinter() == null) {
            gen.useDefaultPrettyPrinter();
        }
        try {
            new DicomJsonWriter(gen, opts).writeDataSet(ds);
        } catch (UncheckedIOException e) {
            throw new InputException("cannot read bulk data: " + e.getCause().getMessage(), e.getCause());
        } catch (IOException e) {
            throw new OutputException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** The data set as a JSON string. */
    public static String toJson(DataSet ds, JsonWriteOptions opts) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            write(ds, gen, opts);
        } catch (IOException e) {
            throw new OutputException("cannot write JSON: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Writes the data set as UTF-8 JSON to a stream, which is flushed but not closed. */
    public static void write(DataSet ds, OutputStream out, JsonWriteOptions opts) {
        try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(ds, gen, opts);
        } catch (IOException e) {
            throw new OutputException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private void writeDataSet(DataSet ds) throws IOException {
        gen.writeStartObject();
        for (Element e : ds) {
            gen.writeFieldName(Tags.hex(e.tag()));
            gen.writeStartObject();
            gen.writeStringField("vr", e.vr().name());
            writeValue(ds, e);
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    private void writeValue(DataSet ds, Element e) throws IOException {
        if (e.isSequence()) {
            if (!e.sequence().isEmpty()) {
                gen.writeArrayFieldStart("Value");
                for (DataSet item : e.sequence()) {
                    writeDataSet(item);
                }
                gen.writeEndArray();
            }
        } else if (e.isFragments()) {
            writeEncapsulated(e);
        } else if (e.isEmpty()) {
            return;
        } else if (e.vr().kind() == VR.Kind.BULK) {
            writeBinary(e);
        } else {
            ValueWriter.write(gen, e, ds.specificCharacterSet());
        }
    }

    private void writeBinary(Element e) throws IOException {
        BulkData bulk = e.bulkData();
        if (bulk == null) {
            gen.writeFieldName("InlineBinary");
            gen.writeBinary(e.bytes());
        } else if (opts.bulkDataUri() && bulk.swapUnit() <= 1) {
            gen.writeStringField("BulkDataURI", BulkDataUris.format(bulk));
        } else {
            gen.writeFieldName("InlineBinary");
            try (InputStream in = BinaryValues.stream(bulk)) {
                gen.writeBinary(in, inlineLength(e.tag(), bulk.length()));
            }
        }
    }

    private void writeEncapsulated(Element e) throws IOException {
        Fragments f = e.fragments();
        int length = inlineLength(e.tag(), BinaryValues.encapsulatedLength(f));
        gen.writeFieldName("InlineBinary");
        try (InputStream in = BinaryValues.encapsulated(f)) {
            gen.writeBinary(in, length);
        }
    }

    private static int inlineLength(int tag, long length) {
        if (length > Integer.MAX_VALUE - 8) {
            throw new InvalidValueException(Tags.format(tag) + " value of " + length
                    + " bytes is too large for InlineBinary");
        }
        return (int) length;
    }
}
