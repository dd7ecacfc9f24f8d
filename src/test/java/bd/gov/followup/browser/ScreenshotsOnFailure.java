package bd.gov.followup.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When a journey fails, every browser still open in it is photographed, with its page source beside, under
 * target/browser-screenshots/&lt;class&gt;/&lt;test&gt;-&lt;user&gt;.png: CI keeps what the person saw.
 */
final class ScreenshotsOnFailure implements AfterTestExecutionCallback {

  static final Path DIRECTORY = Path.of("target", "browser-screenshots");

  /** Implemented by journey classes: the browsers open in the current test. */
  interface Browsers {
    List<Browser> openBrowsers();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    if (!(context.getRequiredTestInstance() instanceof Browsers journey)) {
      return;
    }
    String test = context.getRequiredTestMethod().getName();
    Path dir = DIRECTORY.resolve(context.getRequiredTestClass().getSimpleName());
    List<String> saved = new ArrayList<>();
    for (Browser browser : journey.openBrowsers()) {
      try {
        Path png = browser.screenshot(dir.resolve(test + "-" + browser.who + ".png"));
        Files.writeString(dir.resolve(test + "-" + browser.who + ".html"),
            browser.driver.getCurrentUrl() + "\n" + browser.driver.getPageSource());
        saved.add(png.toAbsolutePath().toString());
      } catch (RuntimeException | java.io.IOException e) {
        saved.add("(no screenshot of " + browser.who + ": " + e + ")");
      }
    }
    System.err.println("browser journey " + test + " failed; screenshots: " + saved);
  }
}
