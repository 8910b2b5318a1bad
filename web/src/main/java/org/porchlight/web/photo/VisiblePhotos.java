package org.porchlight.web.photo;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.porchlight.sync.store.ListingPhoto;

import org.springframework.stereotype.Component;

/** Finds photos by storage key, only among the photos of listings that the public site shows. */
@Component
class VisiblePhotos {

	private final EntityManager entityManager;

	VisiblePhotos(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Optional<ListingPhoto> findByStorageKey(String storageKey) {
		return this.entityManager
			.createQuery("select p from ListingPhoto p where p.storageKey = :key and p.listing.visible = true",
					ListingPhoto.class)
			.setParameter("key", storageKey)
			.setMaxResults(1)
			.getResultList()
			.stream()
			.findFirst();
	}

}
