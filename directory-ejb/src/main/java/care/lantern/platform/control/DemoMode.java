package care.lantern.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this installation runs in demo mode ({@code lantern.demo}, off unless set): the demo
 * content is loaded on a first start, and the demo staff accounts and API key work only while it is
 * on.
 */
@ApplicationScoped
public class DemoMode {

  @Inject
  @ConfigProperty(name = "lantern.demo", defaultValue = "false")
  private boolean on;

  public boolean isOn() {
    return on;
  }
}
