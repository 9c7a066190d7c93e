// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.dicomtools.codec.EncodeOptions;
import org.dicomtools.codec.FrameFormat;
import org.junit.jupiter.api.Test;

/**
 * Streams from outside this codec: the example of T.87 Annex H.3 and streams that CharLS (through DCMTK's
 * dcmcjpls 3.6.7) wrote for {@link #image}. Decoding them checks conformance; encoding the same image with the same
 * settings must give the same bytes, since JPEG-LS coding is deterministic.
 */
class JpegLsReferenceStreamTest {
    private static final HexFormat HEX = HexFormat.of();

    /** T.87 H.3: the 4x4 8-bit image and its lossless coding with default parameters. */
    private static final byte[] H3_IMAGE = {0, 0, 90, 74, 68, 50, 43, (byte) 205, 64, (byte) 145, (byte) 145,
        (byte) 145, 100, (byte) 145, (byte) 145, (byte) 145};
    private static final String H3_STREAM = "ffd8fff7000b080004000401011100ffda0008010100000000c000006c80208e01c0"
            + "0000574000006ee6000001bc18000005d800009160ffd9";

    /** dcmcjpls +is: 16x8 RGB, sample-interleaved, lossless. */
    private static final String ILV2 = "ffd8fff70011080008001003011100021100031100ffda000c0301000200030000020040"
            + "00002d2069255000001490000014800fa5294aa00f0a84f18012b500a84c003447400f260e22800f49c9669a29a6888c849e"
            + "3240ff010000240000035b06107119b861932000002d3c880d63800038a90a60004e0980aa20000039b18800000c14100009"
            + "000b80084c0001249000000feb870000007f0000006b0be682ab000028504c1049241040242286480002410000000da90000"
            + "1082805f0f188038000001b46a021933cf3cf08407f824f3aa4f08800137882794359620ba40008410816c11ca12861a38ca"
            + "92946102f001b1d8ec0219a6013c300908a14d3430c084821810c1334000000319c802201c000000e795d1018c4880428"
            + "0eeaa228a420a07e9cdae35c66840017a412e0708101852908427390a0121070a6a13a42015408122b010ad8046c128c40"
            + "04017000000d55121618c90819902ca2a8fa80d7a7e0beaa80139a6f9ebc555436b049e031daa9d566c41d1a65df7d7408"
            + "106992c5b53002452a473315c4fd4c358100cb189ce74d35ac0167000c0ffd9";
    /** dcmcjpls +is +en +md 2: 16x8 RGB, sample-interleaved, NEAR 2. */
    private static final String ILV2_NEAR2 = "ffd8fff70011080008001003011100021100031100ffda000c03010002000300020"
            + "20040000082abc0008002072a501819f606d839c0087c000000e3806d000ed5d5455439c79506c402800014203ab53150015"
            + "901760004e4001c005a811000002c00000162a0010000001883280554000000e58c000000e40001807500e000010c80a8884"
            + "43005440a2400004060ea8d80009a0e00003d003cc466844e5100534000001b0a4000160000a000002a6e326b4de92a2c80"
            + "0018506036280078819f08c4442400001d4c000660292800001b583f703b89d555002b9d22cfcc00f8440390b68d2d21445"
            + "385a000000b405000051d83c34a0606118a8d713f0555642d802179178611dfc538000ba49000213995937cf4925d7e3808"
            + "e226003a0a0d883a4926787608ffd9";
    /** dcmcjpls +il +en +md 1: 16x8 RGB, line-interleaved, NEAR 1. */
    private static final String ILV1_NEAR1 = "ffd8fff70011080008001003011100021100031100ffda000c03010002000300010"
            + "100e001d00000098d01f0006004ca4782e546d61b58018006c93a515056944ed85829f46d4461027400000b9008ab4000002"
            + "c6815000000aa868002d582740000019008615634092a000001000000cda0dd260000016d000000c000000a2a84410000005"
            + "e0000005d000a2170000009a00000097b1d801800000191088000002eec00001cd6d4c5220080000017b00c0183f19e0000"
            + "0a70000006284646411d0f220b00068d0c4630d2316cbc98487619007ac6b42004000000c586df81f3dc52d88c6000000712"
            + "a2c7ed0b1eda108bb80bd4b6294a638000402990aad603450000006443be1eb0942e0b993420a089b000007d3db4200a1b3a"
            + "04a96a4ad4a0fd46ed886292b50000004cc2890000005c4e90b52168024e25d67390b0ca426044c8be2be00002a6f267460"
            + "30000002ae52c418100ffd9";
    /** dcmcjpls +pc +t1 30 +t2 60 +t3 200 +rs 20: 16x8 12-bit grey with an LSE segment. */
    private static final String CUSTOM_LSE = "ffd8fff7000b0c0008001001011100fff8000d010fff001e003c00c80014ffda00"
            + "08010100000000e4981014c080a62000000001b68000000001b218120945d376d2040b0100000000006dad26000000003a5e"
            + "000000003af696b04811cdb000044cf1052205051a0000000000ef31ce0640a00f31200000000016cf6cc8201b00ad51c0b5"
            + "8900861402061c38c00000010821f423e8416a040517ef80e80c000000c38d0001bf56b0104a81c23c04b8015e750513882"
            + "800000000071ce0c8058069681000712030f0064000ffd9";
    /** dcmcjpls (raw mode): 16x8 10-bit grey coded at precision 16, LSE MAXVAL 65535. */
    private static final String PRECISION16 = "ffd8fff7000b100008001001011100fff8000d01ffff0012004301140040ffda0"
            + "008010100000000e893002009260040124c042d3c8a0904a2ecaeda400801600400ed91266cdd06ad60900203cad801b13"
            + "3c401122050048d0030c4b580190054f300a00cbd3280202b002b546a8d4890180485018014c200800611102011f402a350"
            + "020245f0be05a01814380a0014256b030089500218478099d2f3a80809c40401e2600c80580696801015d23a407200ffd9";

    /** The test image behind the CharLS streams: blocks for runs, scattered values for regular mode. */
    static byte[] image(FrameFormat f) {
        int max = (1 << f.bitsStored()) - 1;
        int nc = f.samplesPerPixel();
        byte[] b = new byte[(int) f.frameLength()];
        int i = 0;
        for (int y = 0; y < f.rows(); y++) {
            for (int x = 0; x < f.columns(); x++) {
                for (int c = 0; c < nc; c++) {
                    int v = ((x / 3) * 37 + (y / 2) * 91 + c * 53) % (max + 1);
                    if ((x * 31 + y * 17 + c * 7) % 11 == 0) {
                        v = (x * x * 13 + y * 7 + c) % (max + 1);
                    }
                    LsTestImages.put(b, i++, f.bytesPerSample(), v);
                }
            }
        }
        return b;
    }

    private static FrameFormat rgb8() {
        return LsTestImages.format(16, 8, 3, 8);
    }

    @Test
    void decodesTheT87AnnexHExample() {
        FrameFormat f = LsTestImages.format(4, 4, 1, 8);
        assertThat(LsTestImages.decode(HEX.parseHex(H3_STREAM), f)).isEqualTo(H3_IMAGE);
    }

    @Test
    void encodesTheT87AnnexHExampleToItsBytes() {
        FrameFormat f = LsTestImages.format(4, 4, 1, 8);
        assertThat(HEX.formatHex(new JpegLsEncoder().encode(H3_IMAGE, f, EncodeOptions.DEFAULT)))
                .isEqualTo(H3_STREAM);
    }

    @Test
    void decodesCharlsSampleInterleaved() {
        FrameFormat f = rgb8();
        assertThat(LsTestImages.decode(HEX.parseHex(ILV2), f)).isEqualTo(image(f));
        LsTestImages.assertWithin(LsTestImages.decode(HEX.parseHex(ILV2_NEAR2), f), image(f), f, 2);
    }

    @Test
    void decodesCharlsLineInterleavedNearLossless() {
        FrameFormat f = rgb8();
        LsTestImages.assertWithin(LsTestImages.decode(HEX.parseHex(ILV1_NEAR1), f), image(f), f, 1);
    }

    @Test
    void decodesCustomThresholdsFromAnLseSegment() {
        FrameFormat f = LsTestImages.format(16, 8, 1, 12);
        assertThat(LsTestImages.decode(HEX.parseHex(CUSTOM_LSE), f)).isEqualTo(image(f));
    }

    @Test
    void decodesAPrecisionAboveBitsStored() {
        FrameFormat f = LsTestImages.format(16, 8, 1, 10);
        assertThat(LsTestImages.decode(HEX.parseHex(PRECISION16), f)).isEqualTo(image(f));
    }

    @Test
    void encodesBitIdenticallyToCharls() {
        FrameFormat rgb = rgb8();
        JpegLsEncoder enc = new JpegLsEncoder();
        assertThat(HEX.formatHex(enc.encode(image(rgb), rgb, 0, 0, 2, PresetParameters.NONE))).isEqualTo(ILV2);
        assertThat(HEX.formatHex(enc.encode(image(rgb), rgb, 2, 0, 2, PresetParameters.NONE)))
                .isEqualTo(ILV2_NEAR2);
        assertThat(HEX.formatHex(enc.encode(image(rgb), rgb, EncodeOptions.DEFAULT.withNear(1))))
                .isEqualTo(ILV1_NEAR1);
        FrameFormat grey = LsTestImages.format(16, 8, 1, 12);
        PresetParameters custom = PresetParameters.explicit(0, 30, 60, 200, 20);
        assertThat(HEX.formatHex(enc.encode(image(grey), grey, 0, 0, 0, custom))).isEqualTo(CUSTOM_LSE);
    }
}
