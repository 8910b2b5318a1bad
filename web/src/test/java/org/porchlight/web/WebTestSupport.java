package org.porchlight.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.porchlight.sync.SyncLauncher;
import org.porchlight.sync.store.ListingPhotoRepository;
import org.porchlight.sync.store.ListingRepository;
import org.porchlight.sync.store.PhotoStore;
import org.porchlight.sync.store.SyncRunRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The one application context that the MockMvc tests share: an in-memory H2 store filled through the repositories,
 * the filesystem photo store in a temporary directory, an admin user, and no RETS server, so no sync runs. The sync
 * launcher is a spy, so that a test can make it report a started run.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:web-tests;DB_CLOSE_DELAY=-1",
		"porchlight.sync.enabled=false", "porchlight.sync.run-on-startup=false",
		"porchlight.admin.username=" + WebTestSupport.ADMIN_USERNAME,
		"porchlight.admin.password=" + WebTestSupport.ADMIN_PASSWORD, "porchlight.site.time-zone=UTC" })
@AutoConfigureMockMvc
public abstract class WebTestSupport {

	protected static final String ADMIN_USERNAME = "admin";

	protected static final String ADMIN_PASSWORD = "test-password";

	private static final Path PHOTO_DIRECTORY = createPhotoDirectory();

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected ListingRepository listings;

	@Autowired
	protected ListingPhotoRepository photos;

	@Autowired
	protected SyncRunRepository syncRuns;

	@Autowired
	protected PhotoStore photoStore;

	@MockitoSpyBean
	protected SyncLauncher syncLauncher;

	@DynamicPropertySource
	static void photoDirectory(DynamicPropertyRegistry registry) {
		registry.add("porchlight.sync.photo-directory", PHOTO_DIRECTORY::toString);
	}

	@AfterEach
	void clearStore() {
		this.photos.deleteAllInBatch();
		this.listings.deleteAllInBatch();
		this.syncRuns.deleteAllInBatch();
	}

	private static Path createPhotoDirectory() {
		try {
			Path directory = Files.createTempDirectory("porchlight-web-tests-photos");
			directory.toFile().deleteOnExit();
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
