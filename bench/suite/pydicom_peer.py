# SPDX-License-Identifier: Apache-2.0
"""The pydicom peer of bench/run.sh: one Python process over a whole folder, the way a pydicom user scripts it.

    python3 pydicom_peer.py OP IN_DIR OUT_DIR

OP is one of to-image, anonymize, encode-rle, decode, stats, scan. Every *.dcm file of IN_DIR (sorted, not
recursive) is processed; outputs go to OUT_DIR under the same name (.png for to-image, .json for stats); scan prints
one line per file to stdout. Exit 0 when every file is done, 3 when this pydicom cannot do OP here (a missing plugin:
the message says which), 1 on any other failure. Works with pydicom 2.2+ and 3.x, numpy and Pillow.
"""
import json
import os
import re
import sys

import numpy as np
import pydicom
from PIL import Image

try:  # pydicom 3
    from pydicom.pixels import apply_modality_lut
except ImportError:  # pydicom 2
    from pydicom.pixel_data_handlers.util import apply_modality_lut

UNSUPPORTED = 3

# The PS3.15 Table E.1-1 attributes that bench/run.sh also gives DCMTK and GDCM: a small subset of the basic profile
# (no UIDs, no date shifting, no sequences), so this is a much smaller job than dicom-tools' anonymize.
REPLACE = {0x00100010: "ANON", 0x00100020: "ANON"}                      # PatientName, PatientID
EMPTY = [0x00100030, 0x00100040, 0x00080050, 0x00080090, 0x00200010]   # BirthDate, Sex, Accession, Referring, StudyID
REMOVE = [0x00101000, 0x00101001, 0x00101040, 0x00102154, 0x00101010,  # OtherIDs, OtherNames, Address, Phone, Age
          0x00080080, 0x00080081, 0x00081010, 0x00081040, 0x00081048,  # Institution, its address, Station, Dept, PoR
          0x00081050, 0x00081070, 0x00181000, 0x00104000]              # Performing, Operators, DeviceSerial, Comments


def window(values, ds):
    """The first window of the file, PS3.3 C.11.2.1.2.1 (linear), mapped to 0..255; min-max when there is none."""
    if "WindowCenter" in ds and "WindowWidth" in ds:
        c = ds.WindowCenter[0] if ds["WindowCenter"].VM > 1 else ds.WindowCenter
        w = ds.WindowWidth[0] if ds["WindowWidth"].VM > 1 else ds.WindowWidth
        c, w = float(c), max(float(w), 1.0)
        scaled = ((values - (c - 0.5)) / (w - 1.0) + 0.5) if w > 1 else (values > c - 0.5).astype(np.float64)
    else:
        lo, hi = float(values.min()), float(values.max())
        scaled = (values - lo) / (hi - lo if hi > lo else 1.0)
    out = np.clip(scaled * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return 255 - out if ds.PhotometricInterpretation == "MONOCHROME1" else out


def to_image(src, dst):
    ds = pydicom.dcmread(src)
    image = window(apply_modality_lut(ds.pixel_array, ds).astype(np.float64), ds)
    Image.fromarray(image).save(os.path.splitext(dst)[0] + ".png")


def anonymize(src, dst):
    ds = pydicom.dcmread(src)
    for tag, value in REPLACE.items():
        if tag in ds:
            ds[tag].value = value
    for tag in EMPTY:
        if tag in ds:
            ds[tag].value = ""
    for tag in REMOVE:
        if tag in ds:
            del ds[tag]
    ds.remove_private_tags()
    ds.save_as(dst)


def encode_rle(src, dst):
    from pydicom.uid import RLELossless
    ds = pydicom.dcmread(src)
    if not hasattr(ds, "compress"):
        raise Unsupported("pydicom %s has no Dataset.compress (2.2 or later needed)" % pydicom.__version__)
    ds.compress(RLELossless)  # pydicom's own RLE encoder: no plugin needed
    ds.save_as(dst)


def decode(src, dst):
    ds = pydicom.dcmread(src)
    try:
        ds.decompress()  # explicit VR little endian, with whichever pixel handler can decode the syntax
    except (RuntimeError, NotImplementedError) as e:
        message = str(e).splitlines()[0]
        if "missing" in message or "plugin" in message or "handler" in message:
            # e.g. "... missing required dependencies: GDCM (req. GDCM), pylibjpeg (req. )": keep the names only
            plugins = re.findall(r"([\w-]+) \(req\.", message.rsplit(": ", 1)[-1])
            uid = ds.file_meta.TransferSyntaxUID
            raise Unsupported("pydicom %s decodes %s only with a plugin (%s)" % (
                pydicom.__version__, getattr(uid, "keyword", "") or uid.name, ", ".join(plugins) or message))
        raise
    ds.save_as(dst)


def stats(src, dst):
    """The statistics of dicom-tools stats (stored values of frame 0), numpy's definitions."""
    ds = pydicom.dcmread(src)
    a = ds.pixel_array
    a = a[0] if int(ds.get("NumberOfFrames", 1) or 1) > 1 else a
    a = a.astype(np.float64).ravel()
    p = np.percentile(a, [1, 5, 25, 50, 75, 95, 99])
    zeros = int(np.count_nonzero(a == 0))
    result = {"min": a.min(), "max": a.max(), "mean": a.mean(), "median": p[3], "std": a.std(), "variance": a.var(),
              "range": a.max() - a.min(), "p1": p[0], "p5": p[1], "p25": p[2], "p75": p[4], "p95": p[5], "p99": p[6],
              "iqr": p[4] - p[2], "unique_values": int(np.unique(a).size), "zero_pixels": zeros,
              "zero_percent": 100.0 * zeros / a.size, "total_pixels": int(a.size)}
    with open(os.path.splitext(dst)[0] + ".json", "w") as f:
        json.dump({k: float(v) for k, v in result.items()}, f)


def scan(src, _dst):
    ds = pydicom.dcmread(src, stop_before_pixels=True)
    print("\t".join(str(x) for x in (os.path.basename(src), os.path.getsize(src), ds.get("Modality", ""),
                                     ds.get("SOPClassUID", ""), ds.file_meta.get("TransferSyntaxUID", ""),
                                     "%sx%sx%s" % (ds.get("Rows", ""), ds.get("Columns", ""),
                                                   ds.get("NumberOfFrames", 1)))))


class Unsupported(Exception):
    pass


OPS = {"to-image": to_image, "anonymize": anonymize, "encode-rle": encode_rle, "decode": decode, "stats": stats,
       "scan": scan}


def main(argv):
    if len(argv) != 4 or argv[1] not in OPS:
        sys.stderr.write("usage: pydicom_peer.py {%s} IN_DIR OUT_DIR\n" % ",".join(OPS))
        return 1
    op, src_dir, out_dir = OPS[argv[1]], argv[2], argv[3]
    os.makedirs(out_dir, exist_ok=True)
    for name in sorted(n for n in os.listdir(src_dir) if n.endswith(".dcm")):
        try:
            op(os.path.join(src_dir, name), os.path.join(out_dir, name))
        except Unsupported as e:
            sys.stderr.write("unsupported: %s\n" % e)
            return UNSUPPORTED
        except Exception as e:  # one line per failure, as the other tools print
            sys.stderr.write("%s: %s: %s\n" % (name, type(e).__name__, e))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
