package org.porchlight.rets.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the body sizes of a multipart capture by searching the whole byte array for its delimiter lines. It is a
 * deliberately simple, non-streaming reading of the same bytes, used to check the streaming reader.
 */
final class MultipartOracle {

	private MultipartOracle() {
	}

	static List<Integer> partSizes(byte[] body, String boundary) {
		byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		List<Integer> starts = new ArrayList<>();
		for (int i = 0; i + delimiter.length <= body.length; i++) {
			if (matches(body, i, delimiter)) {
				starts.add(i);
			}
		}
		List<Integer> sizes = new ArrayList<>();
		for (int i = 0; i + 1 < starts.size(); i++) {
			int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), starts.get(i) + delimiter.length);
			sizes.add(starts.get(i + 1) - (headersEnd + 4));
		}
		return sizes;
	}

	private static int indexOf(byte[] body, byte[] sequence, int from) {
		for (int i = from; i + sequence.length <= body.length; i++) {
			if (matches(body, i, sequence)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean matches(byte[] body, int at, byte[] sequence) {
		for (int j = 0; j < sequence.length; j++) {
			if (body[at + j] != sequence[j]) {
				return false;
			}
		}
		return true;
	}

}
