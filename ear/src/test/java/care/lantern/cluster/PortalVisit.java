package care.lantern.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

/**
 * A browser-like visit to the clinic portal through the balancer: it keeps its cookies (the session
 * and the balancer's LANTERN_NODE), so the balancer keeps it on one node while that node lives.
 */
final class PortalVisit {

  /** A page as the visitor got it. */
  record Page(int status, String location, Document document) {}

  private static final Pattern CSP_NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");

  private final URI site;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  PortalVisit(URI site) {
    this.site = site;
    this.http = Api.http11().cookieHandler(cookies).build();
  }

  /**
   * Posts the sign-in form with its view state and PrimeFaces' CSP nonce, as the browser would;
   * answers where the portal sent the visitor.
   */
  Page signIn(String email, String password) throws IOException, InterruptedException {
    Page form = get("clinic/sign-in.xhtml");
    FormElement signIn = (FormElement) form.document().getElementById("signIn");
    Map<String, String> fields = new LinkedHashMap<>();
    var buttons = signIn.select("input[type=submit], button").eachAttr("name");
    signIn.formData().stream()
        .filter(field -> !buttons.contains(field.key()))
        .forEach(field -> fields.put(field.key(), field.value()));
    fields.put("email", email);
    fields.put("password", password);
    fields.put("signInButton", "");
    Matcher nonce = CSP_NONCE.matcher(form.document().html());
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(site.resolve("clinic/sign-in.xhtml").resolve(signIn.attr("action")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Page get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(site.resolve(path)).GET());
  }

  /** The balancer's name for the node this visit sticks to. */
  String node() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("LANTERN_NODE"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The balancer set no LANTERN_NODE cookie"));
  }

  private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    return new Page(
        response.statusCode(),
        response.headers().firstValue("Location").orElse(null),
        Jsoup.parse(response.body(), response.uri().toString()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
