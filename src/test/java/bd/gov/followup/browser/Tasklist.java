package bd.gov.followup.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as a person uses it: filters on the left, the filter's tasks in the middle, the task's Camunda
 * Form on the right. Selected by Tasklist's own structure and our forms' field ids, never by translated UI text.
 */
final class Tasklist {

  static final By FILTER = By.cssSelector(".task-filter h4.name a");
  static final By TASK = By.cssSelector("ol.tasks-list li.task h4.task a");
  static final By CLAIM = By.cssSelector("button.claim");
  static final By COMPLETE = By.cssSelector("button.btn-primary[ng-click='complete()']");
  static final By FORM = By.cssSelector(".fjs-container");
  static final By NOTIFICATION = By.cssSelector(".notifications .alert");

  final Browser browser;

  Tasklist(Browser browser) {
    this.browser = browser;
  }

  static Tasklist logIn(Browser browser, String user) {
    browser.logIn("tasklist", user);
    Tasklist tasklist = new Tasklist(browser);
    browser.visible(FILTER);
    return tasklist;
  }

  /** Names of the filters this user sees. */
  List<String> filters() {
    return browser.allVisible(FILTER).stream().map(e -> e.getText().replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").trim()).toList();
  }

  void openFilter(String name) {
    browser.click(browser.visible(FILTER, name));
  }

  /** Names of the tasks in the open filter. */
  List<String> taskNames() {
    for (int attempt = 1; ; attempt++) {
      try {
        return browser.allVisible(TASK).stream().map(e -> e.getText().trim()).toList();
      } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
        if (attempt == 5) {
          throw rerendered; // the list re-rendered under us: read it again (Tasklist refreshes it on its own)
        }
      }
    }
  }

  /**
   * Waits until the open filter lists a task whose name contains every part, reloading the filter meanwhile (the
   * engine creates some tasks in background jobs), then opens it and waits for its form.
   */
  void openTask(String... parts) {
    for (int attempt = 1; ; attempt++) {
      try {
        browser.click(waitForTask(parts));
        break;
      } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
        if (attempt == 5) {
          throw rerendered; // found, then re-rendered before the click: find it again
        }
      }
    }
    browser.visible(FORM);
  }

  WebElement waitForTask(String... parts) {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(90), Duration.ofSeconds(2))
        .withMessage(() -> "a task named with " + List.of(parts) + " among " + taskNames())
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> {
          WebElement found = matching(parts);
          if (found == null) {
            reloadFilter();
          }
          return found;
        });
  }

  boolean lists(String... parts) {
    return matching(parts) != null;
  }

  private WebElement matching(String... parts) {
    return browser.allVisible(TASK).stream()
        .filter(e -> List.of(parts).stream().allMatch(e.getText()::contains))
        .findFirst().orElse(null);
  }

  /** Clicking the active filter again reloads its list. */
  void reloadFilter() {
    browser.allVisible(By.cssSelector(".task-filter.active h4.name a")).stream().findFirst()
        .ifPresent(WebElement::click);
  }

  /** Takes the task when nobody has it yet (Tasklist lets only the assignee complete it). */
  void claim() {
    browser.click(browser.visible(CLAIM));
    browser.wait.withMessage("the task is claimed").until(d -> browser.allVisible(CLAIM).isEmpty());
  }

  /** A form-js field by its component id in processes/forms (form-js prefixes the DOM id per rendering). */
  WebElement field(String componentId) {
    return browser.visible(By.cssSelector("[id$='-" + componentId + "']"));
  }

  void type(String componentId, String text) {
    WebElement field = field(componentId);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(text);
  }

  /**
   * Ticks a checkbox as the keyboard does (focus, space). A click can land on Tasklist's footer when a long form
   * (many carried-over decisions) leaves the box at the bottom edge of the pane; the key cannot.
   */
  void check(String componentId) {
    WebElement box = field(componentId);
    if (!box.isSelected()) {
      box.sendKeys(Keys.SPACE);
    }
    browser.wait.withMessage(componentId + " is ticked").until(d -> box.isSelected());
  }

  /** Picks the option of a radio group whose label contains the text. */
  void choose(String componentId, String labelText) {
    browser.click(browser.visible(By.xpath("//label[starts-with(@for, '') and contains(@for, '-" + componentId
        + "-') and contains(., '" + labelText + "')]")));
  }

  String formText() {
    return browser.visible(FORM).getText();
  }

  /** Completes the task and waits until Tasklist has taken it away. */
  void complete() {
    // form-js debounces what is typed and flushes it on blur: without this a click right after typing can submit
    // the form before the last field's value is in it (seen once in CI: the form stayed open, nothing said why)
    ((JavascriptExecutor) browser.driver).executeScript("if (document.activeElement) document.activeElement.blur();");
    WebElement button = browser.visible(COMPLETE);
    browser.wait.withMessage(() -> "the complete button is enabled (the form is valid); the form says: " + formErrors())
        .until(d -> button.isEnabled());
    browser.click(button);
    browser.wait.withMessage(() -> "the completed task's form closes; notifications: " + notifications())
        .until(d -> browser.allVisible(FORM).isEmpty());
    // the official reads that it went through, in Bengali, where the page is (a phone's is scrolled to the form)
    WebElement done = browser.visible(By.cssSelector(".followup-completed[role=status]"), "কাজটি সম্পন্ন হয়েছে");
    browser.wait.withMessage("the confirmation is in the window").until(d -> Boolean.TRUE.equals(
        ((JavascriptExecutor) browser.driver).executeScript("const r = arguments[0].getBoundingClientRect();"
            + " return r.top >= 0 && r.bottom <= window.innerHeight;", done)));
  }

  /** What form-js marks invalid: each field's label and its error, as the official sees them. */
  List<String> formErrors() {
    return browser.driver.findElements(By.cssSelector(".fjs-has-errors")).stream()
        .map(f -> f.getText().replace('\n', ' ')).toList();
  }

  List<String> notifications() {
    return browser.allVisible(NOTIFICATION).stream().map(WebElement::getText).toList();
  }
}
