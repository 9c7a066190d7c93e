// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dicomtools.pixel.TestImages.bytes;
import static org.dicomtools.pixel.TestImages.file;
import static org.dicomtools.pixel.TestImages.grey;
import static org.dicomtools.pixel.TestImages.longs;
import static org.dicomtools.pixel.TestImages.words;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.dicomtools.data.DataSet;
import org.dicomtools.data.VR;
import org.dicomtools.dict.Tag;
import org.dicomtools.error.InvalidValueException;
import org.dicomtools.error.MalformedDicomException;
import org.dicomtools.error.MissingAttributeException;
import org.junit.jupiter.api.Test;

class FrameReaderTest {

    @Test
    void eightBitUnsigned() {
        DataSet ds = grey(3, 2, 8, 8, false);
        ds.setBytes(Tag.PixelData, VR.OB, bytes(0, 1, 127, 128, 200, 255));
        Frame f = FrameReader.read(file(ds), 0);
        assertThat(f.isInteger()).isTrue();
        assertThat(f.ints()).containsExactly(0, 1, 127, 128, 200, 255);
        assertThat(f.sample(2, 1, 0)).isEqualTo(255);
        assertThat(f.sample(0, 1, 0)).isEqualTo(128);
        assertThat(f).extracting(Frame::columns, Frame::rows, Frame::samples, Frame::bitsStored, Frame::signed,
                Frame::photometric).containsExactly(3, 2, 1, 8, false, "MONOCHROME2");
    }

    @Test
    void sixteenBitUnsigned() {
        DataSet ds = grey(2, 2, 16, 16, false);
        ds.setBytes(Tag.PixelData, VR.OW, words(0, 1, 0x1234, 0xFFFF));
        Frame f = FrameReader.read(file(ds), 0);
        assertThat(f.ints()).containsExactly(0, 1, 0x1234, 65535);
        assertThat(f.sample(1, 1, 0)).isEqualTo(65535);
    }

    @Test
    void twelveBitsInSixteenAreMaskedAndSignExtended() {
        DataSet ds = grey(5, 1, 16, 12, true);
        ds.setBytes(Tag.PixelData, VR.OW, words(0xF800, 0x07FF, 0x0FFF, 0x1800, 0xA123));
        Frame f = FrameReader.read(file(ds), 0);
        // 0x1800 and 0xA123 hold garbage above bit 11: only the low 12 bits count.
        assertThat(f.ints()).containsExactly(-2048, 2047, -1, -2048, 0x123);
        assertThat(f.bitsStored()).isEqualTo(12);
        assertThat(f.minStorable()).isEqualTo(-2048);

        ds.setInt(Tag.PixelRepresentation, VR.US, 0);
        assertThat(FrameReader.read(file(ds), 0).ints()).containsExactly(2048, 2047, 4095, 2048, 0x123);
    }

    @Test
    void singleBitPixelsArePackedLeastSignificantBitFirst() {
        DataSet ds = grey(4, 2, 1, 1, false);
        ds.setBytes(Tag.PixelData, VR.OB, bytes(0b1000_0101, 0));
        Frame f = FrameReader.read(file(ds), 0);
        assertThat(f.ints()).containsExactly(1, 0, 1, 0, 0, 0, 0, 1);
        assertThat(f.sample(3, 1, 0)).isEqualTo(1);
        assertThat(f.bitsStored()).isEqualTo(1);
    }

    @Test
    void singleBitFramesFollowEachOtherWithoutPadding() {
        // 3x5 = 15 bits a frame: frame 1 starts at bit 7 of byte 1, frame 2 at bit 6 of byte 3.
        int[] bits = new int[45];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (i * 7 + i / 15) % 3 == 0 ? 1 : 0;
        }
        DataSet ds = grey(3, 5, 1, 1, false);
        ds.setString(Tag.NumberOfFrames, VR.IS, "3");
        ds.setBytes(Tag.PixelData, VR.OB, TestImages.packBits(bits));
        for (int frame = 0; frame < 3; frame++) {
            Frame f = FrameReader.read(file(ds), frame);
            for (int p = 0; p < 15; p++) {
                assertThat(f.ints()[p]).as("frame %d pixel %d", frame, p).isEqualTo(bits[frame * 15 + p]);
            }
        }
    }

    @Test
    void thirtyTwoBitIntegersAreDoubles() {
        DataSet ds = grey(2, 2, 32, 32, true);
        ds.setBytes(Tag.PixelData, VR.OW, longs(-100000, Integer.MAX_VALUE, Integer.MIN_VALUE, 5));
        Frame f = FrameReader.read(file(ds), 0);
        assertThat(f.isInteger()).isFalse();
        assertThat(f.doubles()).containsExactly(-100000, 2147483647, -2147483648.0, 5);

        ds.setInt(Tag.PixelRepresentation, VR.US, 0);
        assertThat(FrameReader.read(file(ds), 0).doubles()).containsExactly(4294867296.0, 2147483647, 2147483648.0,
                5);
        ds.setInt(Tag.BitsStored, VR.US, 24);
        ds.setInt(Tag.PixelRepresentation, VR.US, 1);
        assertThat(FrameReader.read(file(ds), 0).doubles()).containsExactly(-100000, -1, 0, 5);
    }

    @Test
    void floatAndDoubleFloatPixelData() {
        DataSet ds = grey(2, 1, 32, 32, false);
        ds.remove(Tag.BitsStored);
        ds.remove(Tag.HighBit);
        ds.remove(Tag.PixelRepresentation);
        ByteBuffer fl = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        fl.putFloat(1.5f).putFloat(-2.25f).putFloat(1e30f).putFloat(Float.NaN);
        ds.setString(Tag.NumberOfFrames, VR.IS, "2");
        ds.setBytes(Tag.FloatPixelData, VR.OF, fl.array());
        Frame f0 = FrameReader.read(file(ds), 0);
        Frame f1 = FrameReader.read(file(ds), 1);
        assertThat(f0.doubles()).containsExactly(1.5, -2.25);
        assertThat(f1.doubles()[0]).isEqualTo((double) 1e30f);
        assertThat(f1.doubles()[1]).isNaN();
        assertThat(f0.bitsStored()).isEqualTo(32);

        ds.remove(Tag.FloatPixelData);
        ds.setInt(Tag.BitsAllocated, VR.US, 64);
        ds.setString(Tag.NumberOfFrames, VR.IS, "1");
        ByteBuffer fd = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(0.1).putDouble(-1e300);
        ds.setBytes(Tag.DoubleFloatPixelData, VR.OD, fd.array());
        Frame d = FrameReader.read(file(ds), 0);
        assertThat(d.doubles()).containsExactly(0.1, -1e300);
        assertThat(d.bitsStored()).isEqualTo(64);
        assertThat(FrameReader.frameCount(file(ds))).isEqualTo(1);
    }

    @Test
    void rgbByPixelAndByPlaneGiveTheSameInterleavedFrame() {
        DataSet ds = TestImages.image(3, 1, 3, 8, 8, false, "RGB");
        ds.setBytes(Tag.PixelData, VR.OB, bytes(1, 2, 3, 4, 5, 6, 7, 8, 9));
        Frame byPixel = FrameReader.read(file(ds), 0);
        ds.setInt(Tag.PlanarConfiguration, VR.US, 1);
        ds.setBytes(Tag.PixelData, VR.OB, bytes(1, 4, 7, 2, 5, 8, 3, 6, 9));
        Frame byPlane = FrameReader.read(file(ds), 0);
        assertThat(byPixel.ints()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(byPlane.ints()).containsExactly(byPixel.ints());
        assertThat(byPlane.sample(1, 0, 2)).isEqualTo(6);
        assertThat(byPlane.photometric()).isEqualTo("RGB");
    }

    @Test
    void ybrFull422IsExpandedToThreeSamplesPerPixel() {
        DataSet ds = TestImages.image(4, 1, 3, 8, 8, false, "YBR_FULL_422");
        // Two pairs: Y1 Y2 CB CR each (PS3.3 C.7.6.3.1.2).
        ds.setBytes(Tag.PixelData, VR.OB, bytes(10, 20, 100, 200, 30, 40, 110, 210));
        Frame f = FrameReader.read(file(ds), 0);
        assertThat(f.samples()).isEqualTo(3);
        assertThat(f.photometric()).isEqualTo("YBR_FULL");
        assertThat(f.ints()).containsExactly(10, 100, 200, 20, 100, 200, 30, 110, 210, 40, 110, 210);
    }

    @Test
    void oddSizeThreeByFive() {
        DataSet ds = grey(3, 5, 16, 16, true);
        int[] v = new int[15];
        for (int i = 0; i < 15; i++) {
            v[i] = i * 300 - 2000;
        }
        ds.setBytes(Tag.PixelData, VR.OW, words(v));
        Frame f = FrameReader.read(file(ds), 0);
        assertThat(f.pixels()).isEqualTo(15);
        assertThat(f.sample(0, 0, 0)).isEqualTo(-2000);
        assertThat(f.sample(2, 4, 0)).isEqualTo(14 * 300 - 2000);
        assertThat(f.sample(1, 3, 0)).isEqualTo(10 * 300 - 2000);
    }

    @Test
    void errorsNameWhatIsWrong() {
        DataSet ds = grey(2, 2, 16, 16, false);
        assertThatThrownBy(() -> FrameReader.read(file(ds), 0)).isInstanceOf(MissingAttributeException.class)
                .hasMessageContaining("(7FE0,0010)");
        assertThatThrownBy(() -> FrameReader.frameCount(file(ds))).isInstanceOf(MissingAttributeException.class);

        ds.setString(Tag.NumberOfFrames, VR.IS, "2");
        ds.setBytes(Tag.PixelData, VR.OW, words(1, 2, 3, 4, 5, 6));
        assertThatThrownBy(() -> FrameReader.read(file(ds), 0)).isInstanceOf(MalformedDicomException.class)
                .hasMessageContaining("holds 12 bytes").hasMessageContaining("need 16");

        ds.setBytes(Tag.PixelData, VR.OW, words(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)); // longer is fine
        assertThat(FrameReader.read(file(ds), 1).ints()).containsExactly(5, 6, 7, 8);
        assertThat(FrameReader.frameCount(file(ds))).isEqualTo(2);
        assertThatThrownBy(() -> FrameReader.read(file(ds), 2)).isInstanceOf(InvalidValueException.class)
                .hasMessage("frame 2 out of range: the image has 2 frame(s)");
        assertThatThrownBy(() -> FrameReader.read(file(ds), -1)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("out of range");

        DataSet bits = grey(3, 5, 1, 1, false);
        bits.setString(Tag.NumberOfFrames, VR.IS, "3");
        bits.setBytes(Tag.PixelData, VR.OB, new byte[4]);
        assertThatThrownBy(() -> FrameReader.read(file(bits), 0)).isInstanceOf(MalformedDicomException.class)
                .hasMessageContaining("holds 4 bytes").hasMessageContaining("need 6");
    }
}
