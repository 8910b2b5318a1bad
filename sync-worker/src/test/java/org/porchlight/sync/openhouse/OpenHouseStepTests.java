package org.porchlight.sync.openhouse;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porchlight.rets.client.metadata.MetadataResource;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.sync.FeedsProperties;
import org.porchlight.sync.store.SyncRunMode;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests how the open-house step skips feeds whose server has no usable open-house class. */
@ExtendWith(OutputCaptureExtension.class)
class OpenHouseStepTests {

	// Without a usable class the step returns before it searches or writes, so it needs no client, writer or store.
	private final OpenHouseStep step = new OpenHouseStep(null, null, null,
			new StaticListableBeanFactory().getBeanProvider(Clock.class));

	@Test
	void feedWithoutResourceSkippedWithOneLine(CapturedOutput output) {
		RetsMetadata metadata = new RetsMetadata("demo", "Demo", "1.0", null, List.of(new MetadataResource("Property",
				"Property", "Property", "LIST_1", List.of(), Map.of(), List.of())));

		String summary = this.step.run(null, metadata, feed(null), 7, SyncRunMode.FULL);

		assertThat(summary).isNull();
		assertThat(output.getOut().lines().filter((line) -> line.contains("open houses are not replicated")))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("INFO").contains("Sync run 7").contains("feed east"));
	}

	@Test
	void configuredResourceMissingIsNamed(CapturedOutput output) {
		RetsMetadata metadata = new RetsMetadata("demo", "Demo", "1.0", null, List.of());

		assertThat(this.step.run(null, metadata, feed("Events"), 8, SyncRunMode.FULL)).isNull();
		assertThat(output.getOut()).contains("feed east has no open-house resource Events");
	}

	private static FeedsProperties.Feed feed(String openHouseResource) {
		return new FeedsProperties.Feed("east", null, null, null, null, null, openHouseResource, null);
	}

}
