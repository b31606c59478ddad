package org.bashke.support;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * When a browser journey fails, keeps what the browser showed: a screenshot and the page source in
 * {@code <build dir>/browser-failures/<Test>.<method>.png|html} (the build dir is the one the test
 * classes were compiled into, so parallel builds with {@code -Dbuild.dir=...} keep theirs apart).
 */
public class BrowserFailureRecorder implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        WebDriver driver = BrowserTest.driver();
        if (driver == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        try {
            Path dir = Files.createDirectories(buildDir(context).resolve("browser-failures"));
            Path screenshot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(screenshot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
            System.err.println("Browser state of the failed test " + name + " kept in " + dir.toAbsolutePath()
                    + " (page: " + driver.getCurrentUrl() + ")");
        } catch (Exception e) {
            System.err.println("Could not keep the browser state of " + name + ": " + e);
        }
    }

    /** {@code target/test-classes/..} – or the working directory's {@code target} when run elsewhere. */
    private static Path buildDir(ExtensionContext context) {
        try {
            Path classes = Path.of(context.getRequiredTestClass().getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(classes) && classes.getParent() != null) {
                return classes.getParent();
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through
        }
        return Path.of("target");
    }
}
