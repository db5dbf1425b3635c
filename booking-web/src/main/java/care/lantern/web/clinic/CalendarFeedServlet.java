package care.lantern.web.clinic;

import care.lantern.scheduling.boundary.CalendarFeeds;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A provider's calendar feed at {@code /calendar-feeds/{token}.ics}, for calendar apps, which
 * cannot sign in: the secret token in the address is the only key, and an unknown or replaced one
 * is a plain 404. Outside {@code /clinic/*}, so the portal's sign-in does not apply.
 */
@WebServlet("/calendar-feeds/*")
public class CalendarFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** A token as issued: 256 random bits, URL-safe Base64 without padding. */
  private static final Pattern ADDRESS = Pattern.compile("/([A-Za-z0-9_-]{43})\\.ics");

  @Inject private transient CalendarFeeds feeds;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher address = ADDRESS.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
    Optional<String> calendar =
        address.matches() ? feeds.calendar(address.group(1), siteUrl(request)) : Optional.empty();
    if (calendar.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/calendar");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // Each fetch must see the calendar as it is now, and no shared cache may keep a copy.
    response.setHeader("Cache-Control", "private, no-cache");
    response.setHeader("X-Robots-Tag", "noindex");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.getWriter().write(calendar.get());
  }

  /** The site's address as the calendar app reached it, for the links to the portal. */
  private static String siteUrl(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }
}
