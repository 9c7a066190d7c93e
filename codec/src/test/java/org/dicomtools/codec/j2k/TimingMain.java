// SPDX-License-Identifier: Apache-2.0
package org.dicomtools.codec.j2k;

import java.nio.file.Files;
import java.nio.file.Path;

public class TimingMain {
    public static void main(String[] args) throws Exception {
        byte[] stream = Files.readAllBytes(Path.of(args[0]));
        boolean lib = args.length > 1 && args[1].equals("lib");
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        J2kCodestream s = J2kCodestream.read(stream);
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                if (lib) {
                    J2kLibrary.read(stream, s.start(), s.end() - s.start());
                } else {
                    CodestreamDecoder.decode(stream, s);
                }
            }
            long c1 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            System.out.printf("%s %.2f ms/frame wall, %.2f cpu%n", lib ? "library" : "ours", (System.nanoTime() - t0) / 1e6 / n, (c1 - c0) / 1e6 / n);
        }
    }
}
