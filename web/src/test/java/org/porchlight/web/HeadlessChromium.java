package org.porchlight.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium and ChromeDriver, driven headless with a fresh profile directory. The flags keep Chromium from
 * reaching for the network in the background, which a machine without Internet access rejects.
 */
public final class HeadlessChromium implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final Path profile;

	private final WebDriver driver;

	private HeadlessChromium(Path profile, WebDriver driver) {
		this.profile = profile;
		this.driver = driver;
	}

	/** Fails with the command that installs Chromium and ChromeDriver when either is missing. */
	public static void requireInstalled() {
		assertThat(CHROMIUM).as("Chromium at %s is required; install the chromium and chromium-driver packages "
				+ "(./test.sh does this)", CHROMIUM).isExecutable();
		assertThat(CHROMEDRIVER).as("ChromeDriver at %s is required; install the chromium-driver package "
				+ "(./test.sh does this)", CHROMEDRIVER).isExecutable();
	}

	/** Starts a browser with a new, empty profile directory. */
	public static HeadlessChromium start() throws IOException {
		Path profile = Files.createTempDirectory("porchlight-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=en-US", "--window-size=1280,1024",
				"--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		return new HeadlessChromium(profile, new ChromeDriver(service, options));
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** Quits the browser and deletes its profile directory. */
	@Override
	public void close() throws IOException {
		this.driver.quit();
		FileSystemUtils.deleteRecursively(this.profile);
	}

}
