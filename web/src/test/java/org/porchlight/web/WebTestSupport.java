package org.porchlight.web;

import org.junit.jupiter.api.AfterEach;
import org.porchlight.sync.SyncLauncher;
import org.porchlight.sync.store.ListingPhotoRepository;
import org.porchlight.sync.store.ListingRepository;
import org.porchlight.sync.store.PhotoStore;
import org.porchlight.sync.store.SyncRunRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The one application context that the MockMvc tests share: an in-memory H2 store filled through the repositories,
 * an admin user, no sync run on start-up, and mocks for the sync launcher and the photo files.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:web-tests;DB_CLOSE_DELAY=-1",
		"porchlight.sync.enabled=false", "porchlight.sync.run-on-startup=false",
		"porchlight.admin.username=" + WebTestSupport.ADMIN_USERNAME,
		"porchlight.admin.password=" + WebTestSupport.ADMIN_PASSWORD, "porchlight.site.time-zone=UTC" })
@AutoConfigureMockMvc
public abstract class WebTestSupport {

	protected static final String ADMIN_USERNAME = "admin";

	protected static final String ADMIN_PASSWORD = "test-password";

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected ListingRepository listings;

	@Autowired
	protected ListingPhotoRepository photos;

	@Autowired
	protected SyncRunRepository syncRuns;

	@MockitoBean
	protected SyncLauncher syncLauncher;

	@MockitoBean
	protected PhotoStore photoStore;

	@AfterEach
	void clearStore() {
		this.photos.deleteAllInBatch();
		this.listings.deleteAllInBatch();
		this.syncRuns.deleteAllInBatch();
	}

}
