package care.lantern.web.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The web WAR exactly as the build packaged it, so the journeys exercise what ships. */
public final class Deployments {

  /**
   * The container (arquillian.xml) that also deploys the API's WAR as the build packaged it, beside
   * the test's, as run.sh does: for what the two modules share on one server.
   */
  public static final String WITH_API = "payara-micro-with-api";

  private Deployments() {}

  public static WebArchive packagedWeb() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ROOT.war"));
  }
}
