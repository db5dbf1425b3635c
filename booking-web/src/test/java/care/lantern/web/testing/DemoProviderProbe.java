package care.lantern.web.testing;

import care.lantern.directory.boundary.ProviderDirectory;
import care.lantern.directory.entity.ProviderSummary;
import care.lantern.directory.entity.SearchCriteria;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Added to the WAR by journeys only: names a demo provider near ZIP 10001 who takes AETNA for
 * consultations and has a free time soon, as "providerId clinicId", so that a journey can start at
 * the booking pages without depending on how the demo directory numbers its rows.
 */
@WebServlet("/test-support/demo-provider")
public class DemoProviderProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient ProviderDirectory directory;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ProviderSummary provider =
        directory
            .search(
                new SearchCriteria.Input(
                    "10001", 5, "CONSULTATION", "AETNA", null, null, true, null, 0, 20))
            .items()
            .stream()
            .filter(summary -> summary.nextAvailable().isPresent())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No demo provider near 10001"));
    response.setContentType("text/plain");
    response.getWriter().print(provider.id() + " " + provider.clinic().id());
  }
}
