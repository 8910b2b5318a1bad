package org.porchlight.sandbox.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.porchlight.sandbox.SandboxRequest;
import org.porchlight.sandbox.internal.listing.Listing;
import org.porchlight.sandbox.internal.listing.ListingStore;
import org.porchlight.sandbox.internal.listing.PhotoLibrary;
import org.porchlight.sandbox.internal.metadata.MetadataBlock;
import org.porchlight.sandbox.internal.metadata.MetadataCatalog;

/**
 * GetObject for Property photos. One object is sent as the whole response with its object headers
 * on the HTTP response; several objects, or {@code *}, are sent as {@code multipart/parallel} with a
 * quoted boundary, like the flexmls gateway. A missing object is a 20403 reply: the whole response
 * for a single request, or a {@code text/xml} part inside a multipart one. Entities are found by key
 * (LIST_1) or, as flexmls allows, by MLS number (LIST_105). {@code Location=1} is ignored: objects are
 * always sent inline.
 */
final class GetObjectTransaction {

	private static final String RESOURCE = "Property";

	/**
	 * Full-size object types of METADATA-OBJECT. The sandbox has each photo in its captured size only, so it
	 * serves that size for all of them.
	 */
	private static final Set<String> FULL_SIZE_TYPES = Set.of("Photo", "HiRes", "640x480");

	private static final String THUMBNAIL_TYPE = "Thumbnail";

	private static final String BOUNDARY_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private final MetadataCatalog catalog;

	private final ListingStore store;

	private final SecureRandom random = new SecureRandom();

	GetObjectTransaction(MetadataCatalog catalog, ListingStore store) {
		this.catalog = catalog;
		this.store = store;
	}

	void handle(SandboxRequest request, ExchangeResponse response) throws IOException {
		String resource = request.parameter("Resource").orElse("").trim();
		String type = request.parameter("Type").orElse("").trim();
		String id = request.parameter("ID").orElse("").trim();
		if (!resource.equals(RESOURCE)) {
			sendReply(response, RetsReplies.INVALID_RESOURCE, "Invalid Resource: " + resource);
			return;
		}
		if (!isObjectType(type)) {
			sendReply(response, RetsReplies.INVALID_TYPE, "Invalid Type: " + type);
			return;
		}

		List<ObjectIds.Entry> entries;
		try {
			entries = ObjectIds.parse(id);
		}
		catch (IllegalArgumentException ex) {
			sendReply(response, RetsReplies.INVALID_IDENTIFIER, "Invalid Identifier: " + ex.getMessage());
			return;
		}
		if (entries.isEmpty()) {
			sendReply(response, RetsReplies.INVALID_IDENTIFIER, "Invalid Identifier: the ID argument is empty");
			return;
		}

		List<Part> parts = new ArrayList<>();
		for (ObjectIds.Entry entry : entries) {
			collect(type, entry, parts);
		}
		boolean singleRequest = entries.size() == 1 && entries.get(0).objectIds().size() == 1;
		if (singleRequest || (parts.size() == 1 && parts.get(0).replyCode() != 0)) {
			sendSingle(response, parts.get(0));
		}
		else {
			sendMultipart(response, parts);
		}
	}

	private boolean isObjectType(String type) {
		MetadataBlock objectTypes = this.catalog.objectTypes(RESOURCE).orElseThrow();
		return objectTypes.rows().stream().anyMatch((row) -> objectTypes.value(row, "ObjectType").equals(type));
	}

	private void collect(String type, ObjectIds.Entry entry, List<Part> parts) {
		Optional<Listing> listing = this.store.findByKeyOrMlsNumber(entry.resourceId());
		if (listing.isEmpty()) {
			parts.add(Part.missing(entry.resourceId(), entry.all() ? 0 : entry.objectIds().get(0),
					"No Object Found: no listing has ID " + entry.resourceId()));
			return;
		}
		int photoCount = servesType(type) ? listing.get().photos().size() : 0;
		if (entry.all()) {
			if (photoCount == 0) {
				parts.add(Part.missing(entry.resourceId(), 0, "No Object Found: listing " + entry.resourceId()
						+ " has no " + type + " objects"));
			}
			for (int objectId = 1; objectId <= photoCount; objectId++) {
				parts.add(photoPart(type, entry.resourceId(), listing.get(), objectId));
			}
			return;
		}
		for (int requested : entry.objectIds()) {
			// Object-ID 0 requests the preferred object, which is the first photo.
			int objectId = (requested == 0) ? 1 : requested;
			if (objectId <= photoCount) {
				parts.add(photoPart(type, entry.resourceId(), listing.get(), objectId));
			}
			else {
				parts.add(Part.missing(entry.resourceId(), requested, "No Object Found: listing "
						+ entry.resourceId() + " has no " + type + " object " + requested));
			}
		}
	}

	private Part photoPart(String type, String contentId, Listing listing, int objectId) {
		PhotoLibrary.Image image = this.store.photos().image(listing.photos().get(objectId - 1).imageIndex());
		byte[] bytes = type.equals(THUMBNAIL_TYPE) ? image.thumbnail() : image.jpeg();
		return new Part(contentId, objectId, "image/jpeg", image.description(), objectId == 1, bytes, 0);
	}

	private static boolean servesType(String type) {
		return FULL_SIZE_TYPES.contains(type) || type.equals(THUMBNAIL_TYPE);
	}

	private void sendSingle(ExchangeResponse response, Part part) throws IOException {
		response.headers().set("MIME-Version", "1.0");
		if (part.replyCode() != 0) {
			response.send(200, RetsReplies.TEXT_XML, part.body(), true);
			return;
		}
		part.writeHeaders(response);
		response.send(200, part.contentType(), part.body(), false);
	}

	private void sendMultipart(ExchangeResponse response, List<Part> parts) throws IOException {
		String boundary = boundary();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Part part : parts) {
			body.writeBytes(("\r\n--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII));
			body.writeBytes(part.headerLines().getBytes(StandardCharsets.US_ASCII));
			body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
			body.writeBytes(part.body());
		}
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		response.headers().set("MIME-Version", "1.0");
		response.send(200, "multipart/parallel; boundary=\"" + boundary + "\"", body.toByteArray(), false);
	}

	// A flexmls-style boundary: "FLEX" and 50 random letters and digits, which makes a match inside the
	// JPEG bytes practically impossible.
	private String boundary() {
		StringBuilder boundary = new StringBuilder("FLEX");
		for (int i = 0; i < 50; i++) {
			boundary.append(BOUNDARY_CHARACTERS.charAt(this.random.nextInt(BOUNDARY_CHARACTERS.length())));
		}
		return boundary.toString();
	}

	private void sendReply(ExchangeResponse response, int code, String text) throws IOException {
		response.send(200, RetsReplies.TEXT_XML, RetsReplies.reply(code, text), true);
	}

	/** One object, or the 20403 reply that replaces a missing one. */
	private record Part(String contentId, int objectId, String contentType, String description, boolean preferred,
			byte[] body, int replyCode) {

		static Part missing(String contentId, int objectId, String text) {
			return new Part(contentId, objectId, RetsReplies.TEXT_XML, "", false,
					RetsReplies.reply(RetsReplies.NO_OBJECT_FOUND, text), RetsReplies.NO_OBJECT_FOUND);
		}

		String headerLines() {
			StringBuilder lines = new StringBuilder();
			lines.append("Content-Type: ").append(this.contentType).append("\r\n");
			lines.append("Content-ID: ").append(this.contentId).append("\r\n");
			lines.append("Object-ID: ").append(this.objectId).append("\r\n");
			if (!this.description.isEmpty()) {
				lines.append("Content-Description: ").append(this.description).append("\r\n");
			}
			if (this.preferred) {
				lines.append("Preferred: 1\r\n");
			}
			return lines.toString();
		}

		void writeHeaders(ExchangeResponse response) {
			response.headers().set("Content-ID", this.contentId);
			response.headers().set("Object-ID", Integer.toString(this.objectId));
			if (!this.description.isEmpty()) {
				response.headers().set("Content-Description", this.description);
			}
			if (this.preferred) {
				response.headers().set("Preferred", "1");
			}
		}

	}

}
