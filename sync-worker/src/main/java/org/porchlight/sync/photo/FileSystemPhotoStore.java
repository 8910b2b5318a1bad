package org.porchlight.sync.photo;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.porchlight.sync.store.PhotoSize;
import org.porchlight.sync.store.PhotoStore;

/**
 * Keeps photos as files under one directory: storage key {@code feed/ab12/7-1} and size {@code thumb} become
 * {@code <directory>/feed/ab12/7-1.thumb.jpg}. Files are written to a temporary file first and moved into place,
 * so that readers never see half a photo.
 */
public class FileSystemPhotoStore implements PhotoStore {

	/** Segments of letters, digits, {@code _} and {@code -}, separated by single slashes: no {@code ..}, no root. */
	private static final Pattern STORAGE_KEY = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

	private static final int MAX_KEY_LENGTH = 255;

	private final Path directory;

	public FileSystemPhotoStore(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	@Override
	public void write(String storageKey, PhotoSize size, byte[] jpeg) throws IOException {
		Path target = resolve(storageKey, size);
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
		try {
			Files.write(temporary, jpeg);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public Optional<InputStream> open(String storageKey, PhotoSize size) throws IOException {
		Path file = resolve(storageKey, size);
		try {
			return Optional.of(Files.newInputStream(file));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void delete(String storageKey) throws IOException {
		Path parent = null;
		for (PhotoSize size : PhotoSize.values()) {
			Path file = resolve(storageKey, size);
			Files.deleteIfExists(file);
			parent = file.getParent();
		}
		deleteEmptyDirectories(parent);
	}

	/**
	 * Deletes the photo files whose storage key is not in {@code keep}, and temporary files that a stopped process
	 * left behind. A process that died between writing a photo's files and committing its row leaves such files.
	 * Call it only while no photo is being written, such as under the sync lock before a run fetches photos.
	 * @return how many storage keys were deleted
	 */
	public int deleteAllExcept(Set<String> keep) throws IOException {
		if (!Files.isDirectory(this.directory)) {
			return 0;
		}
		Set<String> orphans = new TreeSet<>();
		List<Path> temporaryFiles = new ArrayList<>();
		try (Stream<Path> files = Files.walk(this.directory)) {
			files.filter(Files::isRegularFile).forEach((file) -> {
				String name = file.getFileName().toString();
				if (name.startsWith(".upload-") && name.endsWith(".tmp")) {
					temporaryFiles.add(file);
					return;
				}
				String relative = this.directory.relativize(file).toString().replace(File.separatorChar, '/');
				for (PhotoSize size : PhotoSize.values()) {
					String suffix = "." + size.suffix() + ".jpg";
					if (relative.endsWith(suffix)) {
						String key = relative.substring(0, relative.length() - suffix.length());
						if (!keep.contains(key)) {
							orphans.add(key);
						}
					}
				}
			});
		}
		for (Path file : temporaryFiles) {
			Files.deleteIfExists(file);
		}
		for (String key : orphans) {
			delete(key);
		}
		return orphans.size();
	}

	/** Returns the file of one size of a photo. */
	Path resolve(String storageKey, PhotoSize size) {
		if (storageKey == null || storageKey.length() > MAX_KEY_LENGTH || !STORAGE_KEY.matcher(storageKey).matches()) {
			throw new IllegalArgumentException("Invalid photo storage key '" + storageKey
					+ "': expected segments of letters, digits, '_' and '-' separated by '/'");
		}
		Path file = this.directory.resolve(storageKey + "." + size.suffix() + ".jpg").normalize();
		if (!file.startsWith(this.directory)) {
			throw new IllegalArgumentException("Invalid photo storage key '" + storageKey + "': outside the store");
		}
		return file;
	}

	private void deleteEmptyDirectories(Path directory) throws IOException {
		Path current = directory;
		while (current != null && current.startsWith(this.directory) && !current.equals(this.directory)) {
			try {
				Files.deleteIfExists(current);
			}
			catch (DirectoryNotEmptyException ex) {
				return;
			}
			current = current.getParent();
		}
	}

}
