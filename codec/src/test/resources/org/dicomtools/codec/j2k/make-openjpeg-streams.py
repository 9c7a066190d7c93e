#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Makes the OpenJPEG test streams in this folder from synthetic images (no patient data): each NAME.j2k with
NAME.rawl, OpenJPEG's own decode of it (components one after the other, little-endian 16 bits above 8 bits).
Needs opj_compress and opj_decompress (Debian libopenjp2-tools). Run from this folder."""
import math, os, subprocess

def image(w, h, comps, bits, seed):
    rnd = seed
    maxv = (1 << bits) - 1
    planes = []
    for c in range(comps):
        p = []
        for y in range(h):
            for x in range(w):
                rnd = (rnd * 1103515245 + 12345) & 0x7FFFFFFF
                wave = math.sin(x / (5.0 + 3 * c)) * math.cos(y / (7.0 + c))
                v = int(maxv / 2.0 * (1 + 0.9 * wave)) + (rnd >> 16) % 9 - 4
                if (rnd >> 8) % 60 == 0:
                    v = 0 if (rnd >> 4) & 1 else maxv
                p.append(max(0, min(maxv, v)))
        planes.append(p)
    return planes

def write_pnm(path, w, h, bits, planes):
    maxv = (1 << bits) - 1
    magic = b'P5' if len(planes) == 1 else b'P6'
    out = bytearray(magic + b'\n%d %d\n%d\n' % (w, h, maxv))
    for i in range(w * h):
        for p in planes:
            v = p[i]
            out += bytes([v >> 8, v & 0xFF]) if maxv > 255 else bytes([v])
    open(path, 'wb').write(out)

STREAMS = [
    # name, width, height, components, bits, opj_compress options
    ('grey12-layers-precincts', 61, 47, 1, 12, ['-r', '40,10,1', '-c', '[32,32],[16,16],[8,8]', '-b', '16,16']),
    ('grey12-styles', 45, 33, 1, 12, ['-M', '63', '-b', '8,32']),
    ('grey16-bypass-reset-termall', 40, 35, 1, 16, ['-M', '7', '-n', '3']),
    ('grey12-tiles-rpcl-sop-eph', 70, 50, 1, 12, ['-n', '3', '-t', '32,24', '-p', 'RPCL', '-SOP', '-EPH', '-r', '20,5,1']),
    ('grey8-pcrl-tileparts', 50, 41, 1, 8, ['-n', '4', '-p', 'PCRL', '-TP', 'R', '-c', '[16,16]', '-r', '8,1']),
    ('grey12-cprl-vsc', 33, 64, 1, 12, ['-n', '4', '-p', 'CPRL', '-M', '8', '-c', '[16,8]']),
    ('rgb8-rlcp-tiles', 48, 40, 3, 8, ['-n', '2', '-p', 'RLCP', '-t', '20,20', '-r', '10,2,1']),
    ('rgb12-lrcp-predictable-segsym', 37, 29, 3, 12, ['-n', '3', '-M', '48', '-r', '5,1']),
    ('grey12-offset-tiles', 45, 39, 1, 12, ['-n', '2', '-d', '3,5', '-t', '16,16', '-T', '1,2']),
    ('grey12-lossy97', 64, 48, 1, 12, ['-n', '3', '-I', '-r', '8']),
    ('rgb8-lossy97-layers', 48, 36, 3, 8, ['-n', '3', '-I', '-r', '20,8', '-M', '1']),
    ('grey16-lossy97-precincts', 40, 40, 1, 16, ['-n', '4', '-I', '-q', '40', '-c', '[16,16]']),
    ('grey12-poc', 40, 30, 1, 12, ['-n', '3', '-POC', 'T1=0,0,2,1,1,LRCP/T1=0,0,6,1,1,RLCP']),
]

for i, (name, w, h, comps, bits, options) in enumerate(STREAMS):
    planes = image(w, h, comps, bits, 17 + i)
    src = name + ('.pgm' if comps == 1 else '.ppm')
    write_pnm(src, w, h, bits, planes)
    subprocess.run(['opj_compress', '-i', src, '-o', name + '.j2k'] + options, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(['opj_decompress', '-quiet', '-i', name + '.j2k', '-o', name + '.rawl'], check=True,
                   stdout=subprocess.DEVNULL)
    os.remove(src)
    print(name, os.path.getsize(name + '.j2k'))
