package org.porchlight.sync.engine;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Heap use of this JVM over one phase of a benchmark, from the moment it is created until {@link #close()}: the sum
 * of the heap pools' peak usage, which overstates the peak because the pools peak at different moments; the largest
 * heap in use right after a collection, which is close to the live set; and the collections' count and time.
 */
final class HeapWatch implements AutoCloseable, NotificationListener {

	private final AtomicLong maxAfterGc = new AtomicLong();

	private final Set<String> heapPools = new HashSet<>();

	private final long gcCountAtStart;

	private final long gcMillisAtStart;

	private long peakPoolSum;

	private long gcCount;

	private long gcMillis;

	HeapWatch() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
				this.heapPools.add(pool.getName());
			}
		}
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener(this, null, null);
		}
		this.gcCountAtStart = totalGcCount();
		this.gcMillisAtStart = totalGcMillis();
	}

	@Override
	public void handleNotification(Notification notification, Object handback) {
		if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
			return;
		}
		GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
			.from((CompositeData) notification.getUserData());
		long used = info.getGcInfo()
			.getMemoryUsageAfterGc()
			.entrySet()
			.stream()
			.filter((pool) -> this.heapPools.contains(pool.getKey()))
			.mapToLong((pool) -> pool.getValue().getUsed())
			.sum();
		this.maxAfterGc.accumulateAndGet(used, Math::max);
	}

	/** Stops watching and keeps the figures. */
	@Override
	public void close() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			try {
				((NotificationEmitter) collector).removeNotificationListener(this);
			}
			catch (ListenerNotFoundException ex) {
				// Not added to this collector, so there is nothing to remove.
			}
		}
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		this.peakPoolSum = peak;
		this.gcCount = totalGcCount() - this.gcCountAtStart;
		this.gcMillis = totalGcMillis() - this.gcMillisAtStart;
	}

	/** Returns the sum of the heap pools' peak usage, in MB. */
	double peakPoolSumMegabytes() {
		return this.peakPoolSum / (1024.0 * 1024.0);
	}

	/** Returns the largest heap in use right after a collection, in MB. */
	double maxAfterGcMegabytes() {
		return this.maxAfterGc.get() / (1024.0 * 1024.0);
	}

	long gcCount() {
		return this.gcCount;
	}

	long gcMillis() {
		return this.gcMillis;
	}

	private static long totalGcCount() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong((collector) -> Math.max(0, collector.getCollectionCount()))
			.sum();
	}

	private static long totalGcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong((collector) -> Math.max(0, collector.getCollectionTime()))
			.sum();
	}

}
