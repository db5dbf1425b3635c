package care.lantern.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The module this copy of the business core runs in. On Payara Micro each WAR carries its own copy,
 * with its own search index and figures, while {@code /health} and {@code /metrics} list every
 * module's together: the module's name tells them apart ({@code ROOT} for the site, {@code api} for
 * the API; in the EAR the one shared copy is the EJB module).
 */
@ApplicationScoped
public class ThisModule {

  @Resource(lookup = "java:module/ModuleName")
  private String name;

  public String name() {
    return name;
  }

  /** The tag every Lantern metric carries, so that the two modules' series differ. */
  public Tag tag() {
    return new Tag("module", name);
  }
}
