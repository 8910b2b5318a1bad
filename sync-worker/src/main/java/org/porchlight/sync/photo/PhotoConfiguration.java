package org.porchlight.sync.photo;

import org.porchlight.sync.SyncProperties;
import org.porchlight.sync.store.PhotoStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The photo store: files under {@code porchlight.sync.photo-directory}. */
@Configuration(proxyBeanMethods = false)
class PhotoConfiguration {

	@Bean
	PhotoStore photoStore(SyncProperties properties) {
		return new FileSystemPhotoStore(properties.photoDirectory());
	}

}
