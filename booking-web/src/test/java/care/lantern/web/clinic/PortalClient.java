package care.lantern.web.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * One person's visit to the clinic portal over plain HTTP: signs in with the real form, follows no
 * redirects (so a test sees where it is sent), and submits a page's JSF forms with every hidden
 * field the browser would send — view state and PrimeFaces' CSP nonce included.
 */
final class PortalClient {

  /** An answer: its status, where it redirects, and its page. */
  record Page(URI uri, int status, String location, Document document) {

    boolean sentToSignIn() {
      return status == 302 && location != null && location.contains("/clinic/sign-in.xhtml");
    }

    String text() {
      return document.text();
    }
  }

  private static final Pattern CSP_NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");

  private final URI site;
  private final HttpClient http;

  private PortalClient(URL site) {
    this.site = URI.create(site.toString());
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  static PortalClient anonymous(URL site) {
    return new PortalClient(site);
  }

  static PortalClient signedIn(URL site, String email, String password) {
    PortalClient client = new PortalClient(site);
    Page answer =
        client.submit(
            client.get("clinic/sign-in.xhtml"),
            "signIn",
            "signInButton",
            Map.of("email", email, "password", password));
    assertThat(answer.location()).as("signed in as " + email).endsWith("/clinic/");
    return client;
  }

  Page get(String path) {
    return send(HttpRequest.newBuilder(site.resolve(path)).GET());
  }

  /** Presses {@code button} of {@code form} on {@code page}, with {@code fields} typed in. */
  Page submit(Page page, String formId, String button, Map<String, String> fields) {
    return submitTo(page, formId, button, fields, null);
  }

  /**
   * Like {@link #submit}, but posts to {@code action} instead of the form's own address: a tampered
   * request that names another record in the URL.
   */
  Page submitTo(
      Page page, String formId, String button, Map<String, String> fields, String action) {
    Element form = page.document().getElementById(formId);
    assertThat(form).as("form #" + formId + " on " + page.uri()).isNotNull();
    Set<String> submitButtons =
        form.select("input[type=submit], button").eachAttr("name").stream()
            .collect(Collectors.toSet());
    Map<String, String> values = new LinkedHashMap<>();
    // What a browser sends of the form as it stands (jsoup picks ticked boxes and selected
    // options), with only the pressed one of its buttons.
    ((FormElement) form)
        .formData().stream()
            .filter(field -> !submitButtons.contains(field.key()))
            .forEach(field -> values.put(field.key(), field.value()));
    values.putAll(fields);
    values.put(button, "");
    nonce(page).ifPresent(nonce -> values.put("primefaces.nonce", nonce));
    String body =
        values.entrySet().stream()
            .filter(e -> !e.getKey().isEmpty())
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    URI target = page.uri().resolve(action == null ? form.attr("action") : action);
    return send(
        HttpRequest.newBuilder(target)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static Optional<String> nonce(Page page) {
    Matcher matcher = CSP_NONCE.matcher(page.document().html());
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Page(
          response.uri(),
          response.statusCode(),
          response.headers().firstValue("Location").orElse(null),
          Jsoup.parse(response.body(), response.uri().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
