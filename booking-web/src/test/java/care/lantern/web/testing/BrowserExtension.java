package care.lantern.web.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands each test that asks for a {@link Browser} parameter a fresh phone-sized one, and quits it
 * after the test (JUnit closes what a test's store holds when the test ends). A test that asks for
 * none starts no browser.
 *
 * <p>Test methods only: Arquillian resolves parameters too, and only once a test is about to run,
 * so a {@code @BeforeEach} method cannot ask for one.
 */
public final class BrowserExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace BROWSERS =
      ExtensionContext.Namespace.create(BrowserExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext test) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Browser resolveParameter(ParameterContext parameter, ExtensionContext test) {
    return test.getStore(BROWSERS)
        .getOrComputeIfAbsent(Browser.class, type -> Browser.phone(), Browser.class);
  }
}
