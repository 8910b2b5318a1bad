package org.porchlight.sync.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** History of sync runs, newest first where ordered. */
public interface SyncRunRepository extends JpaRepository<SyncRun, Long> {

	List<SyncRun> findTop20ByOrderByStartedAtDesc();

	/** Finds the most recent run that finished without failing; its end is when the data was last updated. */
	Optional<SyncRun> findFirstByStatusOrderByFinishedAtDesc(SyncRunStatus status);

	boolean existsByStatus(SyncRunStatus status);

	List<SyncRun> findByStatus(SyncRunStatus status);

	List<SyncRun> findByFeedIdAndStatus(String feedId, SyncRunStatus status);

	boolean existsByFeedIdAndStatusAndFinishedAtAfter(String feedId, SyncRunStatus status, Instant finishedAfter);

}
