package org.porchlight.rets.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a deterministic COMPACT search response: a fixed seed, {@code columns} columns and {@code rows} DATA rows
 * whose values look like listing data (keys, prices, dates, codes, remarks with entities).
 */
final class CompactResponseFile {

	private CompactResponseFile() {
	}

	static long write(Path file, int columns, int rows, long seed) throws IOException {
		Random random = new Random(seed);
		try (OutputStream output = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
			StringBuilder head = new StringBuilder();
			head.append("<?xml version=\"1.0\"?>\n<RETS ReplyCode=\"0\" ReplyText=\"Operation Successful\">\n");
			head.append("<COUNT Records=\"").append(rows).append("\"/>\n<DELIMITER value=\"09\"/>\n<COLUMNS>\t");
			for (int column = 0; column < columns; column++) {
				head.append("FIELD_").append(column).append('\t');
			}
			head.append("</COLUMNS>\n");
			output.write(head.toString().getBytes(StandardCharsets.UTF_8));
			StringBuilder row = new StringBuilder(2048);
			for (int i = 0; i < rows; i++) {
				row.setLength(0);
				row.append("<DATA>\t");
				for (int column = 0; column < columns; column++) {
					value(row, column, i, random);
					row.append('\t');
				}
				row.append("</DATA>\n");
				output.write(row.toString().getBytes(StandardCharsets.UTF_8));
			}
			output.write("<MAXROWS/>\n</RETS>\n".getBytes(StandardCharsets.UTF_8));
		}
		return Files.size(file);
	}

	private static void value(StringBuilder row, int column, int rowNumber, Random random) {
		switch (column % 10) {
			case 0 -> row.append(20_240_000_000_000L + rowNumber * 7L + column);
			case 1 -> row.append(50_000 + random.nextInt(2_000_000)).append(".00");
			case 2 -> row.append("2024-").append(1 + random.nextInt(12)).append('-').append(10 + random.nextInt(18))
				.append("T12:").append(10 + random.nextInt(49)).append(":00");
			case 3 -> row.append(random.nextInt(8));
			case 4 -> row.append("200004261510133").append(70_000 + random.nextInt(9_999)).append("000000");
			case 5 -> {
				if (random.nextInt(4) != 0) {
					row.append("Bright home near the park &amp; schools, ").append(random.nextInt(5_000)).append(" sq ft");
				}
			}
			case 6 -> row.append(random.nextBoolean() ? 'Y' : 'N');
			case 7 -> row.append("Placeholder St ").append(random.nextInt(9_999));
			case 8 -> row.append(-90.0 + random.nextInt(1_800_000) / 10_000.0);
			default -> row.append("CODE").append(random.nextInt(100));
		}
	}

}
