package org.porchlight.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.metadata.ListingClassProfile;
import org.porchlight.rets.client.metadata.LookupValue;
import org.porchlight.rets.client.metadata.MetadataLookup;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.search.SearchFormat;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.sync.FeedsProperties;
import org.porchlight.sync.mapping.ListingMapper;
import org.porchlight.sync.mapping.MappedListing;

import org.springframework.stereotype.Component;

/**
 * Asks a feed's RETS server for one listing by key or MLS number, and maps the record with the sync's own rules, to
 * tell whether the feed has it, its status there, and whether those rules would make it public.
 */
@Component
class FeedLookup {

	/** Characters that a key or MLS number may have to be put into a DMQL query as it is. */
	private static final Pattern SAFE_VALUE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private final RetsConnections connections;

	private final ConnectionSettings connectionSettings;

	private final MetadataExplorer explorer;

	FeedLookup(RetsConnections connections, ConnectionSettings connectionSettings, MetadataExplorer explorer) {
		this.connections = connections;
		this.connectionSettings = connectionSettings;
		this.explorer = explorer;
	}

	/** Searches the feed for a record whose key, or else MLS number, is {@code value}. */
	Result lookUp(FeedsProperties.Feed feed, String value) {
		if (!SAFE_VALUE.matcher(value).matches()) {
			return Result.failed(feed.id(), "Only letters, digits, '.', '_' and '-' can be searched in the feed");
		}
		MetadataExplorer.Loaded loaded = this.explorer.metadata(feed);
		if (loaded.metadata() == null) {
			return Result.failed(feed.id(), loaded.error());
		}
		try (RetsClient client = this.connections.open(this.connectionSettings.effective(feed))) {
			RetsMetadata metadata = loaded.metadata();
			ListingClassProfile profile = ListingClassProfile.resolve(metadata, feed.resource(), feed.className());
			ListingMapper mapper = ListingMapper.create(metadata, profile, feed.mapping(), feed.deniedFields());
			client.login();
			Map<String, String> record = search(client, feed, profile.keyField(), value);
			String mlsNumberField = mapper.sourceOf("ListingId");
			if (record == null && mlsNumberField != null) {
				record = search(client, feed, mlsNumberField, value);
			}
			if (record == null) {
				return new Result(feed.id(), false, null, false, false, null, List.of(), null);
			}
			String statusCode = record.get(profile.statusField());
			boolean active = statusCode != null && profile.activeValues().contains(statusCode.strip());
			MappedListing mapped = mapper.map(record);
			Object display = mapped.value("InternetEntireListingDisplayYN");
			return new Result(feed.id(), true, statusText(metadata, profile, statusCode), active, mapped.visible(),
					(display instanceof Boolean allowed) ? allowed : null, new ArrayList<>(mapped.issues()), null);
		}
		catch (RuntimeException ex) {
			return Result.failed(feed.id(), ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private static Map<String, String> search(RetsClient client, FeedsProperties.Feed feed, String field,
			String value) {
		List<Map<String, String>> rows = new ArrayList<>();
		client.search(SearchRequest.builder(feed.resource(), feed.className())
			.query("(" + field + "=" + literal(value) + ")")
			.limit(1)
			.format(SearchFormat.COMPACT)
			.build(), (row) -> rows.add(row.toMap()));
		return rows.isEmpty() ? null : rows.get(0);
	}

	/**
	 * Writes a value for DMQL: plain when it is only letters and digits, else as a quoted string, because a bare
	 * {@code -} would read as a range and a bare {@code .} as a decimal point.
	 */
	private static String literal(String value) {
		return value.matches("[A-Za-z0-9]+") ? value : "\"" + value + "\"";
	}

	private static String statusText(RetsMetadata metadata, ListingClassProfile profile, String code) {
		if (code == null) {
			return null;
		}
		return metadata.resource(profile.resourceId())
			.flatMap((resource) -> (profile.statusLookupName() != null)
					? resource.lookup(profile.statusLookupName()) : java.util.Optional.<MetadataLookup>empty())
			.flatMap((lookup) -> lookup.values().stream().filter((entry) -> code.strip().equals(entry.value())).findFirst())
			.map(LookupValue::displayValue)
			.orElse(code);
	}

	/**
	 * The record that the feed's server returned for a listing, as the sync's rules read it.
	 * @param found whether the server has a record with that key or MLS number in the mirrored class
	 * @param status the record's status, decoded through its lookup
	 * @param active whether the status is one of the Active values
	 * @param visible whether the sync's rules would make the record public
	 * @param displayAllowed the Internet display permission, or {@code null} when the feed has no such field
	 * @param issues problems that mapping found in the record
	 * @param error why the server could not be asked, or {@code null}
	 */
	public record Result(String feedId, boolean found, String status, boolean active, boolean visible,
			Boolean displayAllowed, List<String> issues, String error) {

		static Result failed(String feedId, String error) {
			return new Result(feedId, false, null, false, false, null, List.of(), error);
		}

	}

}
