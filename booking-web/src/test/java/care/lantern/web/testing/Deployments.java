package care.lantern.web.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The web WAR exactly as the build packaged it, so the journeys exercise what ships. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive packagedWeb() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ROOT.war"));
  }
}
