package org.guildhall.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person in a real headless Chromium, against Guildhall on a random port. One browser
 * per test class; each test starts signed out. Uses Debian's chromium and chromedriver
 * when they are installed, else whatever Selenium finds.
 */
@GuildhallTest
public abstract class BrowserJourney {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	protected static WebDriver browser;

	private static Path profile;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		profile = Files.createTempDirectory("guildhall-chromium");
		ChromeOptions options = new ChromeOptions().addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900",
				"--force-prefers-reduced-motion");
		if (Files.isExecutable(CHROMIUM)) {
			options.setBinary(CHROMIUM.toFile());
		}
		if (Files.isExecutable(CHROMEDRIVER)) {
			browser = new ChromeDriver(
					new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
		}
		else {
			browser = new ChromeDriver(options);
		}
	}

	@AfterAll
	static void quitBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	@BeforeEach
	void signedOutAtDesktopSize() {
		browser.manage().window().setSize(new Dimension(1280, 900));
		open("/login");
		browser.manage().deleteAllCookies();
	}

	protected void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	protected void signIn(String email, String password) {
		open("/login");
		type(By.id("username"), email);
		type(By.id("password"), password);
		browser.findElement(By.cssSelector("main button[type=submit]")).click();
	}

	protected static void type(By field, String text) {
		WebElement input = browser.findElement(field);
		input.clear();
		input.sendKeys(text);
	}

	protected static WebDriverWait waitUpTo(Duration duration) {
		return new WebDriverWait(browser, duration);
	}

	protected static void waitForPath(String path) {
		waitUpTo(Duration.ofSeconds(10)).until((driver) -> driver.getCurrentUrl()
			.replaceFirst("^https?://[^/]+", "")
			.replaceFirst("[?#].*$", "")
			.equals(path));
	}

	protected static WebElement waitForText(By element, String text) {
		waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(element, text));
		return browser.findElement(element);
	}

	protected static String currentPath() {
		return browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
	}

}
