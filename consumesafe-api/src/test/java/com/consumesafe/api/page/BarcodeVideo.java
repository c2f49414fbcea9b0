package com.consumesafe.api.page;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A camera's view of an EAN-13 barcode, as a Y4M video that Chromium plays as its fake camera
 * ({@code --use-file-for-fake-video-capture}): the scanner test shows the page a real barcode, drawn here.
 */
final class BarcodeVideo {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final int MODULE = 4;
    private static final int FRAMES = 2;
    private static final byte WHITE = (byte) 235;
    private static final byte BLACK = 16;
    private static final String[] ODD = {"0001101", "0011001", "0010011", "0111101", "0100011", "0110001",
        "0101111", "0111011", "0110111", "0001011"};
    private static final String[] EVEN = {"0100111", "0110011", "0011011", "0100001", "0011101", "0111001",
        "0000101", "0010001", "0001001", "0010111"};
    private static final String[] RIGHT = {"1110010", "1100110", "1101100", "1000010", "1011100", "1001110",
        "1010000", "1000100", "1001000", "1110100"};
    // which of the left six digits use even parity, by the first digit (which is encoded only by that choice)
    private static final String[] PARITY = {"OOOOOO", "OOEOEE", "OOEEOE", "OOEEEO", "OEOOEE", "OEEOOE", "OEEEOO",
        "OEOEOE", "OEOEEO", "OEEOEO"};

    private BarcodeVideo() {
    }

    /** Writes the video of the barcode into the directory and returns its path. */
    static Path of(String ean13, Path directory) {
        String modules = modules(ean13);
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, WHITE);
        int left = (WIDTH - modules.length() * MODULE) / 2;
        for (int y = HEIGHT / 5; y < HEIGHT * 4 / 5; y++) {
            for (int module = 0; module < modules.length(); module++) {
                if (modules.charAt(module) == '1') {
                    Arrays.fill(luma, y * WIDTH + left + module * MODULE, y * WIDTH + left + (module + 1) * MODULE,
                            BLACK);
                }
            }
        }
        byte[] chroma = new byte[WIDTH * HEIGHT / 4];
        Arrays.fill(chroma, (byte) 128);
        try {
            Path video = Files.createDirectories(directory).resolve("barcode-" + ean13 + ".y4m");
            try (OutputStream out = Files.newOutputStream(video)) {
                out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F15:1 Ip A1:1 C420jpeg\n")
                        .getBytes(StandardCharsets.US_ASCII));
                for (int frame = 0; frame < FRAMES; frame++) {
                    out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                    out.write(luma);
                    out.write(chroma);
                    out.write(chroma);
                }
            }
            return video;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 95 modules of an EAN-13: guard, six left digits, centre guard, six right digits, guard. */
    static String modules(String ean13) {
        StringBuilder bars = new StringBuilder("101");
        String parity = PARITY[digit(ean13, 0)];
        for (int i = 1; i <= 6; i++) {
            bars.append(parity.charAt(i - 1) == 'O' ? ODD[digit(ean13, i)] : EVEN[digit(ean13, i)]);
        }
        bars.append("01010");
        for (int i = 7; i <= 12; i++) {
            bars.append(RIGHT[digit(ean13, i)]);
        }
        return bars.append("101").toString();
    }

    private static int digit(String code, int index) {
        return code.charAt(index) - '0';
    }
}
