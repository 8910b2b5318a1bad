package org.porchlight.rets.client.internal.object;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.RetsParseException;
import org.porchlight.rets.client.internal.reply.ReplyCodes;
import org.porchlight.rets.client.internal.reply.RetsReply;
import org.porchlight.rets.client.internal.transport.MediaType;
import org.porchlight.rets.client.internal.transport.RetsRequest;
import org.porchlight.rets.client.internal.transport.RetsResponse;
import org.porchlight.rets.client.internal.transport.RetsTransport;
import org.porchlight.rets.client.internal.xml.TextDecoder;
import org.porchlight.rets.client.object.GetObjectResult;
import org.porchlight.rets.client.object.ObjectFailure;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.object.ObjectSink;
import org.porchlight.rets.client.object.RetsObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GetObject transaction. A multipart response is read part by part and a single object comes with its
 * headers on the HTTP response. Each object's bytes are streamed to the sink.
 * <p>
 * A part or response that is a RETS reply (such as 20403, no object found), plain text, an empty body, or
 * content that does not start like the image type it claims becomes an {@link ObjectFailure} and never reaches
 * the sink. With {@code Location=1}, a part that carries a {@code Location} header is delivered as a location
 * even when its body is a success reply. Missing {@code Content-ID} and {@code Object-ID} are filled in from the
 * request.
 */
public final class GetObjectTransaction {

	private static final Logger logger = LoggerFactory.getLogger(GetObjectTransaction.class);

	private static final int MAX_REPLY_BYTES = 64 * 1024;

	private final RetsTransport transport;

	public GetObjectTransaction(RetsTransport transport) {
		this.transport = transport;
	}

	public GetObjectResult execute(String transactionId, URI url, ObjectRequest request, ObjectSink sink) {
		Map<String, String> arguments = new LinkedHashMap<>();
		arguments.put("Resource", request.resource());
		arguments.put("Type", request.type());
		arguments.put("ID", request.idArgument());
		arguments.put("Location", request.location() ? "1" : "0");
		try (RetsResponse response = this.transport.execute(transactionId, new RetsRequest("GetObject", url, arguments))) {
			Delivery delivery = new Delivery(transactionId, request, sink, response.textDecoder());
			MediaType contentType = response.contentType();
			boolean complete;
			if (contentType.isMultipart()) {
				complete = readMultipart(response, contentType, delivery);
			}
			else {
				complete = delivery.single(response::header, response.body(), contentType);
			}
			GetObjectResult result = new GetObjectResult(delivery.delivered, delivery.failures, complete);
			logger.debug("{} GetObject {} delivered {} objects, {} failures{}", transactionId, request.idArgument(),
					result.delivered(), result.failures().size(), complete ? "" : ", response incomplete");
			return result;
		}
		catch (IOException ex) {
			throw new RetsException("GetObject " + request.idArgument() + " failed: " + ex, ex);
		}
	}

	private boolean readMultipart(RetsResponse response, MediaType contentType, Delivery delivery) throws IOException {
		String boundary = contentType.parameter("boundary");
		if (boundary == null || boundary.isEmpty()) {
			throw new RetsParseException("The GetObject response is " + contentType.type() + " without a boundary", 0);
		}
		MultipartReader reader = new MultipartReader(response.body(), boundary);
		Map<String, String> headers;
		while ((headers = reader.nextPart()) != null) {
			Map<String, String> partHeaders = headers;
			delivery.part(partHeaders::get, reader.partBody(), reader);
			if (reader.partTruncated()) {
				break;
			}
		}
		return reader.complete();
	}

	/** Turns parts into delivered objects or failures, counting both. */
	private static final class Delivery {

		private final String transactionId;

		private final ObjectRequest request;

		private final ObjectSink sink;

		private final TextDecoder decoder;

		private final List<ObjectFailure> failures = new ArrayList<>();

		private int delivered;

		private int index;

		Delivery(String transactionId, ObjectRequest request, ObjectSink sink, TextDecoder decoder) {
			this.transactionId = transactionId;
			this.request = request;
			this.sink = sink;
			this.decoder = decoder;
		}

		/** Handles a response that is not multipart; returns whether it was read completely. */
		boolean single(Function<String, String> headers, InputStream body, MediaType contentType) throws IOException {
			if (contentType.type().startsWith("text/") && !contentType.isXml()) {
				byte[] excerpt = body.readNBytes(300);
				if (!RetsReply.looksLikeReply(excerpt, excerpt.length) && headers.apply("Location") == null) {
					throw new RetsException("Unexpected GetObject response for " + this.request.idArgument()
							+ ": content type " + contentType.type() + ": "
							+ new String(excerpt, this.decoder.charset()).strip());
				}
				body = new SequenceInputStream(new ByteArrayInputStream(excerpt), body);
			}
			part(headers, body, null);
			return true;
		}

		void part(Function<String, String> headers, InputStream rawBody, MultipartReader reader) throws IOException {
			this.index++;
			String contentId = valueOr(headers.apply("Content-ID"), this.request.resourceKey());
			int objectId = objectId(headers.apply("Object-ID"));
			MediaType contentType = MediaType.parse(headers.apply("Content-Type"));
			String location = blankToNull(headers.apply("Location"));
			InputStream body = rawBody;
			if ("base64".equalsIgnoreCase(headers.apply("Content-Transfer-Encoding"))) {
				body = Base64.getMimeDecoder().wrap(rawBody);
			}

			byte[] head;
			try {
				head = body.readNBytes(ObjectSignature.LENGTH);
			}
			catch (MultipartReader.TruncatedPartException ex) {
				fail(contentId, objectId, -1, "The response ended inside this object");
				return;
			}

			if (contentType.isXml() || "1".equals(headers.apply("RETS-Error")) || RetsReply.looksLikeReply(head, head.length)) {
				reply(contentId, objectId, location, head, body);
				return;
			}
			if (contentType.type().startsWith("text/")) {
				String text = new String(concat(head, body.readNBytes(300)), this.decoder.charset()).strip();
				fail(contentId, objectId, -1, "The server sent " + contentType.type() + " instead of an object: " + text);
				return;
			}

			if (location != null && isBlank(head)) {
				// A location part's body is empty, but servers leave line breaks there (LF-only bodies especially).
				byte[] rest = body.readNBytes(ObjectSignature.LENGTH);
				if (isBlank(rest)) {
					deliver(contentId, objectId, contentType, headers, location, InputStream.nullInputStream(), reader);
					return;
				}
				head = concat(head, rest);
			}
			if (head.length == 0) {
				if (location != null) {
					deliver(contentId, objectId, contentType, headers, location, InputStream.nullInputStream(), reader);
				}
				else {
					fail(contentId, objectId, -1, "The object is empty");
				}
				return;
			}

			String mismatch = ObjectSignature.mismatch(contentType.type(), head);
			if (mismatch != null) {
				fail(contentId, objectId, -1, mismatch);
				return;
			}
			deliver(contentId, objectId, contentType, headers, location,
					new SequenceInputStream(new ByteArrayInputStream(head), body), reader);
		}

		private static boolean isBlank(byte[] bytes) {
			for (byte value : bytes) {
				if (value != ' ' && value != '\t' && value != '\r' && value != '\n') {
					return false;
				}
			}
			return true;
		}

		private void reply(String contentId, int objectId, String location, byte[] head, InputStream body)
				throws IOException {
			byte[] bytes = concat(head, body.readNBytes(MAX_REPLY_BYTES));
			RetsReply reply = RetsReply.parse(bytes, bytes.length, this.decoder);
			if (reply != null && reply.code() == 0 && location != null) {
				deliver(contentId, objectId, MediaType.UNKNOWN, (name) -> null, location, InputStream.nullInputStream(),
						null);
			}
			else if (reply != null && reply.code() != 0) {
				String meaning = ReplyCodes.meaning(reply.code());
				fail(contentId, objectId, reply.code(), reply.text().isBlank() && meaning != null ? meaning : reply.text());
			}
			else {
				String text = new String(bytes, 0, Math.min(bytes.length, 300), this.decoder.charset()).strip();
				fail(contentId, objectId, (reply != null) ? reply.code() : -1,
						"The server sent a RETS reply instead of an object: " + text);
			}
		}

		private void deliver(String contentId, int objectId, MediaType contentType, Function<String, String> headers,
				String location, InputStream content, MultipartReader reader) throws IOException {
			String description = valueOr(headers.apply("Content-Description"), headers.apply("Description"));
			String preferred = headers.apply("Preferred");
			RetsObject object = new RetsObject(contentId, objectId, contentType.type().isEmpty() ? null : contentType.type(),
					blankToNull(description), location, "1".equals(preferred) || "true".equalsIgnoreCase(preferred),
					content);
			try {
				this.sink.accept(object);
			}
			catch (MultipartReader.TruncatedPartException ex) {
				fail(contentId, objectId, -1, "The response ended inside this object");
				return;
			}
			catch (IOException ex) {
				throw new RetsException("The object sink failed on " + contentId + ":" + objectId + ": " + ex, ex);
			}
			if (reader != null && reader.partTruncated()) {
				fail(contentId, objectId, -1, "The response ended inside this object");
				return;
			}
			this.delivered++;
		}

		private void fail(String contentId, int objectId, int code, String text) {
			logger.debug("{} Object {}:{} not delivered: {} {}", this.transactionId, contentId, objectId, code, text);
			this.failures.add(new ObjectFailure(contentId, objectId, code, text));
		}

		/** Parses Object-ID; a missing one comes from the request when it asked for one object, else the part number. */
		private int objectId(String header) {
			String value = blankToNull(header);
			if (value == null) {
				value = this.request.objectIds();
				if (!value.matches("\\d+")) {
					return this.index;
				}
			}
			try {
				return Integer.parseInt(value.trim());
			}
			catch (NumberFormatException ex) {
				return -1;
			}
		}

		private static byte[] concat(byte[] first, byte[] second) {
			byte[] joined = new byte[first.length + second.length];
			System.arraycopy(first, 0, joined, 0, first.length);
			System.arraycopy(second, 0, joined, first.length, second.length);
			return joined;
		}

		private static String valueOr(String value, String fallback) {
			String trimmed = blankToNull(value);
			return (trimmed != null) ? trimmed : fallback;
		}

		private static String blankToNull(String value) {
			return (value == null || value.isBlank()) ? null : value.trim();
		}

	}

}
