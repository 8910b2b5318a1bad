package org.porchlight.rets.client.internal.metadata;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.RetsHttpException;
import org.porchlight.rets.client.RetsParseException;
import org.porchlight.rets.client.RetsReplyException;
import org.porchlight.rets.client.internal.reply.ReplyCodes;
import org.porchlight.rets.client.internal.reply.RetsReply;
import org.porchlight.rets.client.internal.transport.RetsRequest;
import org.porchlight.rets.client.internal.transport.RetsResponse;
import org.porchlight.rets.client.internal.transport.RetsTransport;
import org.porchlight.rets.client.internal.transport.TransactionScope;
import org.porchlight.rets.client.metadata.MetadataClass;
import org.porchlight.rets.client.metadata.MetadataField;
import org.porchlight.rets.client.metadata.MetadataObjectType;
import org.porchlight.rets.client.metadata.MetadataResource;
import org.porchlight.rets.client.metadata.MetadataTable;
import org.porchlight.rets.client.metadata.MetadataTables;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a server's metadata. Each of CLASS, TABLE, OBJECT, LOOKUP and LOOKUP_TYPE is first requested for all
 * resources at once ({@code ID=*} or {@code ID=*:*}); when the server rejects that or returns nothing, it falls
 * back to one GetMetadata transaction per type and resource: SYSTEM and RESOURCE with
 * {@code ID=0}, then for each resource CLASS, OBJECT, LOOKUP and LOOKUP_TYPE ({@code ID=Resource:*}, or one
 * lookup at a time when the server rejects {@code *}), and TABLE for each class ({@code ID=Resource:Class}).
 * <p>
 * COMPACT is asked for first. When the server replies 20514 (format not available), this and all later requests
 * use STANDARD-XML. Reply 20503 and an empty METADATA element both mean "no metadata of this type".
 */
public final class MetadataLoader {

	private static final Logger logger = LoggerFactory.getLogger(MetadataLoader.class);

	private static final String COMPACT = "COMPACT";

	private static final String STANDARD_XML = "STANDARD-XML";

	private final RetsTransport transport;

	private String format = COMPACT;

	/** Blocks of each type loaded for all resources at once, or {@code null} when the server does not offer that. */
	private final Map<String, List<MetadataBlock>> allResources = new HashMap<>();

	private int malformedRows;

	private long cleanedCharacters;

	public MetadataLoader(RetsTransport transport) {
		this.transport = transport;
	}

	/** Loads all metadata; {@code transactionId} names the whole load in the summary log lines. */
	public RetsMetadata load(String transactionId, URI url) {
		List<MetadataBlock> system = request(url, "SYSTEM", "0");
		List<MetadataResource> resources = new ArrayList<>();
		for (Map<String, String> resourceRow : rows(request(url, "RESOURCE", "0"), "RESOURCE")) {
			resources.add(loadResource(url, resourceRow));
		}
		RetsMetadata metadata = MetadataAssembler.metadata(system, resources, this.malformedRows,
				this.cleanedCharacters);
		if (this.malformedRows > 0) {
			logger.warn("{} Metadata loaded with {} malformed rows skipped", transactionId, this.malformedRows);
		}
		logger.debug("{} Loaded metadata version {} of {} with {} resources", transactionId, metadata.version(),
				metadata.systemId(), resources.size());
		return metadata;
	}

	private MetadataResource loadResource(URI url, Map<String, String> resourceRow) {
		String resourceId = resourceRow.get("ResourceID");
		List<MetadataClass> classes = new ArrayList<>();
		for (Map<String, String> classRow : rows(scoped(url, "CLASS", resourceId, null, resourceId), "CLASS")) {
			String className = classRow.get("ClassName");
			List<MetadataField> fields = new ArrayList<>();
			for (Map<String, String> fieldRow : rows(
					scoped(url, "TABLE", resourceId, className, resourceId + ":" + className), "TABLE")) {
				fields.add(MetadataAssembler.field(fieldRow));
			}
			classes.add(MetadataAssembler.metadataClass(classRow, fields));
		}
		List<MetadataObjectType> objectTypes = new ArrayList<>();
		for (Map<String, String> objectRow : rows(scoped(url, "OBJECT", resourceId, null, resourceId), "OBJECT")) {
			objectTypes.add(MetadataAssembler.objectType(objectRow));
		}
		List<Map<String, String>> lookupRows = rows(scoped(url, "LOOKUP", resourceId, null, resourceId), "LOOKUP");
		List<MetadataBlock> lookupValues = lookupValues(url, resourceId, lookupRows);
		return MetadataAssembler.resource(resourceRow, classes, MetadataAssembler.lookups(lookupRows, lookupValues),
				objectTypes);
	}

	private List<MetadataBlock> lookupValues(URI url, String resourceId, List<Map<String, String>> lookupRows) {
		List<MetadataBlock> loaded = forAllResources(url, "LOOKUP_TYPE");
		if (loaded != null) {
			return ofResource(loaded, resourceId, null);
		}
		try {
			return blocks(request(url, "LOOKUP_TYPE", resourceId + ":*"), "LOOKUP_TYPE");
		}
		catch (RetsReplyException ex) {
			if (ex.replyCode() < 20500 || ex.replyCode() > 20502 || lookupRows.isEmpty()) {
				throw ex;
			}
			logger.debug("{} The server rejected LOOKUP_TYPE {}:* ({}); requesting one lookup at a time",
					TransactionScope.current(), resourceId, ex.replyCode());
		}
		List<MetadataBlock> values = new ArrayList<>();
		for (Map<String, String> lookupRow : lookupRows) {
			values.addAll(blocks(request(url, "LOOKUP_TYPE", resourceId + ":" + lookupRow.get("LookupName")),
					"LOOKUP_TYPE"));
		}
		return values;
	}

	/**
	 * Loads one metadata type in generic form. COMPACT is asked for first, STANDARD-XML when the server replies
	 * 20514.
	 * @param type the type with or without its {@code METADATA-} prefix, such as {@code SEARCH_HELP}
	 */
	public MetadataTables loadTables(URI url, String type, String id) {
		String bare = type.toUpperCase(java.util.Locale.ROOT).replaceFirst("^METADATA-", "");
		int malformedBefore = this.malformedRows;
		long cleanedBefore = this.cleanedCharacters;
		List<MetadataTable> tables = new ArrayList<>();
		for (MetadataBlock block : request(url, bare, id)) {
			tables.add(new MetadataTable(block.type(), new LinkedHashMap<>(block.attributes()), block.columns(),
					List.copyOf(block.rows())));
		}
		return new MetadataTables(tables, this.malformedRows - malformedBefore, this.cleanedCharacters - cleanedBefore);
	}

	/**
	 * Returns the blocks of {@code type} for one resource (and class), taken from the response for all resources when
	 * the server gives one, else requested with {@code id}.
	 */
	private List<MetadataBlock> scoped(URI url, String type, String resourceId, String className, String id) {
		List<MetadataBlock> loaded = forAllResources(url, type);
		if (loaded != null) {
			return ofResource(loaded, resourceId, className);
		}
		return request(url, type, id);
	}

	private static List<MetadataBlock> ofResource(List<MetadataBlock> blocks, String resourceId, String className) {
		return blocks.stream()
			.filter((block) -> resourceId.equalsIgnoreCase(block.attribute("Resource")))
			.filter((block) -> className == null || className.equalsIgnoreCase(block.attribute("Class")))
			.toList();
	}

	/**
	 * Requests {@code type} for every resource at once ({@code ID=*}, or {@code ID=*:*} for TABLE and LOOKUP_TYPE),
	 * which takes one request instead of one per resource or class. Returns {@code null} when the server rejects
	 * that ID (a 20500 to 20513 reply or an HTTP 4xx status other than 401), returns nothing for it, or returns blocks that do not name their resource (and class or lookup), so that the caller asks
	 * per resource instead.
	 */
	private List<MetadataBlock> forAllResources(URI url, String type) {
		if (this.allResources.containsKey(type)) {
			return this.allResources.get(type);
		}
		String id = (type.equals("TABLE") || type.equals("LOOKUP_TYPE")) ? "*:*" : "*";
		List<MetadataBlock> blocks;
		try {
			blocks = blocks(request(url, type, id), type);
		}
		catch (RetsReplyException ex) {
			if (ex.replyCode() < 20500 || ex.replyCode() > 20513) {
				throw ex;
			}
			logger.debug("{} The server rejected METADATA-{} ID={} ({}); requesting it per resource",
					TransactionScope.current(), type, id, ex.replyCode());
			blocks = null;
		}
		catch (RetsHttpException ex) {
			if (ex.status() < 400 || ex.status() >= 500 || ex.status() == 401) {
				throw ex;
			}
			logger.debug("{} The server rejected METADATA-{} ID={} with HTTP {}; requesting it per resource",
					TransactionScope.current(), type, id, ex.status());
			blocks = null;
		}
		if (blocks != null && (blocks.isEmpty() || blocks.stream().anyMatch((block) -> !namesItsScope(block)))) {
			blocks = null;
		}
		this.allResources.put(type, blocks);
		return blocks;
	}

	/** Returns whether a block names the resource (and class or lookup) it belongs to. */
	private static boolean namesItsScope(MetadataBlock block) {
		if (block.attribute("Resource") == null) {
			return false;
		}
		return switch (block.type()) {
			case "TABLE" -> block.attribute("Class") != null;
			case "LOOKUP_TYPE" -> block.attribute("Lookup") != null;
			default -> true;
		};
	}

	/** Sends one GetMetadata request and returns its blocks; no metadata gives an empty list. */
	private List<MetadataBlock> request(URI url, String type, String id) {
		while (true) {
			try (TransactionScope scope = TransactionScope.open()) {
				Map<String, String> arguments = new LinkedHashMap<>();
				arguments.put("Type", "METADATA-" + type);
				arguments.put("ID", id);
				arguments.put("Format", this.format);
				try {
					return execute(scope.id(), new RetsRequest("GetMetadata", url, arguments));
				}
				catch (RetsReplyException ex) {
					if (ex.replyCode() == ReplyCodes.REQUESTED_DTD_VERSION_UNAVAILABLE && this.format.equals(COMPACT)) {
						logger.debug("{} The server does not offer COMPACT metadata (20514); switching to STANDARD-XML",
								scope.id());
						this.format = STANDARD_XML;
						continue;
					}
					if (ex.replyCode() == ReplyCodes.NO_METADATA_FOUND) {
						logger.debug("{} No METADATA-{} for ID {}", scope.id(), type, id);
						return List.of();
					}
					throw ex;
				}
			}
		}
	}

	private List<MetadataBlock> execute(String transactionId, RetsRequest request) {
		try (RetsResponse response = this.transport.execute(transactionId, request)) {
			MetadataResponseParser.Result result = new MetadataResponseParser(transactionId, response.textDecoder())
				.parse(response.body());
			RetsReply reply = result.reply();
			if (reply == null) {
				throw new RetsParseException("The GetMetadata response to " + request.describe()
						+ " contains no RETS element with a ReplyCode", 0);
			}
			if (reply.code() != 0) {
				throw ReplyCodes.failure("GetMetadata", reply.code(), reply.text(), reply.detail());
			}
			this.malformedRows += result.malformedRows();
			this.cleanedCharacters += result.cleanedCharacters();
			return result.blocks();
		}
		catch (IOException ex) {
			throw new RetsException("GetMetadata " + request.describe() + " failed while reading the response: " + ex,
					ex);
		}
	}

	private static List<MetadataBlock> blocks(List<MetadataBlock> blocks, String type) {
		return blocks.stream().filter((block) -> block.type().equals(type)).toList();
	}

	private static List<Map<String, String>> rows(List<MetadataBlock> blocks, String type) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (MetadataBlock block : blocks(blocks, type)) {
			rows.addAll(block.rows());
		}
		return rows;
	}

}
