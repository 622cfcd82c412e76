package org.guildhall.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person in a real headless Chromium, against Guildhall on a random port. One browser
 * per test class (and a second when a journey needs two people at once); each test starts
 * signed out. Uses Debian's chromium and chromedriver when they are installed, else
 * whatever Selenium finds.
 */
@GuildhallTest
public abstract class BrowserJourney {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	protected static WebDriver browser;

	private static WebDriver otherBrowser;

	private static final List<Path> profiles = new ArrayList<>();

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = newBrowser();
	}

	/**
	 * A second person's browser, with cookies of its own, started the first time a test
	 * asks for it.
	 */
	protected static WebDriver otherBrowser() throws IOException {
		if (otherBrowser == null) {
			otherBrowser = newBrowser();
		}
		return otherBrowser;
	}

	private static WebDriver newBrowser() throws IOException {
		Path profile = Files.createTempDirectory("guildhall-chromium");
		profiles.add(profile);
		ChromeOptions options = new ChromeOptions().addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900",
				"--force-prefers-reduced-motion");
		if (Files.isExecutable(CHROMIUM)) {
			options.setBinary(CHROMIUM.toFile());
		}
		if (Files.isExecutable(CHROMEDRIVER)) {
			return new ChromeDriver(
					new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
		}
		return new ChromeDriver(options);
	}

	@AfterAll
	static void quitBrowser() throws IOException {
		for (WebDriver driver : new WebDriver[] { browser, otherBrowser }) {
			if (driver != null) {
				driver.quit();
			}
		}
		browser = null;
		otherBrowser = null;
		for (Path profile : profiles) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
		profiles.clear();
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

	/** Opens a page in this browser. */
	protected void open(WebDriver driver, String path) {
		driver.get("http://localhost:" + this.port + path);
	}

	protected void signIn(String email, String password) {
		signIn(browser, email, password);
	}

	protected void signIn(WebDriver driver, String email, String password) {
		open(driver, "/login");
		WebElement username = driver.findElement(By.id("username"));
		username.clear();
		username.sendKeys(email);
		WebElement secret = driver.findElement(By.id("password"));
		secret.clear();
		secret.sendKeys(password);
		driver.findElement(By.cssSelector("main button[type=submit]")).click();
		// The next step must not open a page while the sign-in is still on its way: wait
		// until
		// the sign-in form is gone (Chromium reports a node of a page left behind as a
		// plain
		// driver error, not always as a stale element).
		new WebDriverWait(driver, Duration.ofSeconds(10)).until((ignored) -> {
			try {
				username.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
	}

	/**
	 * Chooses someone or something in a picker: types in its search box, waits for the
	 * match and ticks it.
	 */
	protected static void pick(String field, String typed, String label) {
		String fieldId = field.replace("[", "").replace("]", "").replace('.', '-');
		type(By.id(fieldId + "-search"), typed);
		By match = By.xpath("//ul[@id='" + fieldId + "-matches']//label[contains(normalize-space(), '" + label
				+ "')]/preceding-sibling::input");
		waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(match));
		browser.findElement(match).click();
		waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//ul[@id='" + fieldId + "-chosen']//label[contains(normalize-space(), '" + label + "')]")));
	}

	protected static void type(By field, String text) {
		WebElement input = browser.findElement(field);
		input.clear();
		input.sendKeys(text);
	}

	/**
	 * Waits while the page may be replaced under the test's feet: Chromium answers a read
	 * of an element of the page being left with a plain "node does not belong to the
	 * document" error rather than a stale element, so any driver error means try again.
	 */
	protected static WebDriverWait waitUpTo(Duration duration) {
		WebDriverWait wait = new WebDriverWait(browser, duration);
		wait.ignoring(WebDriverException.class);
		return wait;
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
