package care.lantern.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The module this copy of the business core runs in. On Payara Micro each WAR carries its own copy,
 * with its own search index and figures, while {@code /health} and {@code /metrics} list every
 * module's together: the module's name tells them apart ({@code ROOT} for the site, {@code api} for
 * the API). In the EAR one copy serves both web modules, and Payara binds no module name for it
 * while the application starts: that copy is {@value #SHARED}.
 */
@ApplicationScoped
public class ThisModule {

  static final String SHARED = "shared";

  private String name;

  @PostConstruct
  void lookUpName() {
    try {
      name = InitialContext.doLookup("java:module/ModuleName");
    } catch (NamingException sharedByEveryModule) {
      name = SHARED;
    }
  }

  public String name() {
    return name;
  }

  /** The tag every Lantern metric carries, so that the two modules' series differ. */
  public Tag tag() {
    return new Tag("module", name);
  }
}
