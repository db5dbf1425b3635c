package care.lantern.api;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The API WAR exactly as the build packaged it, so the tests exercise what ships. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive packagedApi() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/api.war"));
  }
}
