package care.lantern.web.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser journey: Arquillian deploys the class's {@code @Deployment(testable = false)} (every
 * journey declares its own, as Arquillian requires one per test class) and each test method that
 * takes a {@link Browser} parameter gets a fresh phone-sized one ({@link BrowserExtension}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
public @interface BrowserJourney {}
