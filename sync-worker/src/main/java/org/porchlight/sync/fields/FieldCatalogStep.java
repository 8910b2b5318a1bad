package org.porchlight.sync.fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.metadata.MetadataClass;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.sync.FeedRunStep;
import org.porchlight.sync.FeedsProperties;
import org.porchlight.sync.mapping.ConfidentialFields;
import org.porchlight.sync.mapping.FieldNames;
import org.porchlight.sync.store.SyncRunMode;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores, for each label of a feed's public listing records, the RESO StandardName of its field, replacing the feed's
 * rows in one transaction in every run. The labels are made as the listing mapper makes them: the LongName, else the
 * ShortName, else the SystemName, with the SystemName in brackets when two public fields share a label.
 */
@Component
@Order(50)
class FieldCatalogStep implements FeedRunStep {

	/** Length of the {@code feed_field.label} column, in characters. */
	private static final int MAX_LABEL_LENGTH = 255;

	/** Length of the {@code feed_field.standard_name} column, in characters. */
	private static final int MAX_STANDARD_NAME_LENGTH = 128;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	FieldCatalogStep(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public String run(RetsClient client, RetsMetadata metadata, FeedsProperties.Feed feed, long runId,
			SyncRunMode mode) {
		Optional<MetadataClass> listingClass = metadata.resource(feed.resource())
			.flatMap((resource) -> resource.metadataClass(feed.className()));
		if (listingClass.isEmpty()) {
			return null;
		}
		Map<String, String> standardNames = standardNamesByLabel(listingClass.get(),
				new ConfidentialFields(feed.deniedFields()));
		List<Object[]> rows = new ArrayList<>();
		standardNames.forEach((label, standardName) -> rows.add(new Object[] { feed.id(), label, standardName }));
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update("delete from feed_field where feed_id = ?", feed.id());
			this.jdbc.batchUpdate("insert into feed_field (feed_id, label, standard_name) values (?, ?, ?)", rows);
		});
		return "field catalog: " + rows.size() + " labels with a StandardName";
	}

	static Map<String, String> standardNamesByLabel(MetadataClass listingClass, ConfidentialFields confidential) {
		Map<String, String> standardNames = new LinkedHashMap<>();
		FieldNames.publicLabels(listingClass.fields(), confidential).forEach((field, label) -> {
			if (field.standardName() == null || field.standardName().isBlank()) {
				return;
			}
			if (label.length() > MAX_LABEL_LENGTH || field.standardName().trim().length() > MAX_STANDARD_NAME_LENGTH) {
				// Longer than the columns: the site groups that fact by the words of its label.
				return;
			}
			standardNames.put(label, field.standardName().trim());
		});
		return standardNames;
	}

}
