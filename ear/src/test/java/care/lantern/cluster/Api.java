package care.lantern.cluster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public API over plain HTTP, as a client with no cookies: nothing keeps it on one node, so the
 * balancer spreads its requests. Each answer records which node served it (the balancer's
 * stickiness cookie in the answer names it) and when, and a request that got no answer at all
 * becomes an answer with status 0.
 */
final class Api {

  /** An answer, or status 0 and the failure when the connection broke. */
  record Answer(
      int status, String body, String node, long sentNanos, long answeredNanos, String failure) {

    boolean serverError() {
      return status == 0 || status >= 500;
    }

    JsonStructure json() {
      return Json.createReader(new StringReader(body)).read();
    }

    JsonObject object() {
      return json().asJsonObject();
    }
  }

  private static final Pattern NODE_COOKIE = Pattern.compile("LANTERN_NODE=([^;]*)");

  private final URI site;
  private final HttpClient http;

  Api(URI site) {
    this.site = site;
    this.http = http11().build();
  }

  /**
   * A client as a browser over plain http: HTTP/1.1, redirects left to the caller. (Java's default
   * asks to upgrade to h2c, and HAProxy then tunnels the connection to one node, without its cookie
   * and without balancing the requests that follow.)
   */
  static HttpClient.Builder http11() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER);
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  Answer post(String path, String json, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  private URI uri(String path) {
    return site.resolve("api/v1/" + path);
  }

  private Answer send(HttpRequest.Builder request) {
    long sent = System.nanoTime();
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      String node =
          response.headers().allValues("Set-Cookie").stream()
              .map(NODE_COOKIE::matcher)
              .filter(Matcher::find)
              .map(m -> m.group(1))
              .findFirst()
              .orElse("");
      return new Answer(
          response.statusCode(), response.body(), node, sent, System.nanoTime(), null);
    } catch (IOException e) {
      return new Answer(0, "", "", sent, System.nanoTime(), e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Where the demo directory has clinics: a search around each finds their providers. */
  private static final List<String> DEMO_CITIES =
      List.of("10001", "60601", "90070", "75201", "33180", "02139", "78701", "89101", "37203");

  /**
   * {@code count} distinct free consultation slots of providers who take AETNA, as a patient finds
   * them: a search around a demo city, then each provider's slots over the next weeks.
   */
  List<Long> freeSlots(int count) {
    Set<Long> slots = new LinkedHashSet<>();
    String to = LocalDate.now().plusDays(60).toString();
    for (String zip : DEMO_CITIES) {
      for (JsonValue item : search(zip).getJsonArray("items")) {
        long provider = item.asJsonObject().getJsonNumber("id").longValue();
        get("providers/" + provider + "/slots?treatment=CONSULTATION&to=" + to)
            .json()
            .asJsonArray()
            .forEach(slot -> slots.add(slot.asJsonObject().getJsonNumber("id").longValue()));
        if (slots.size() >= count) {
          return slots.stream().limit(count).toList();
        }
      }
    }
    throw new IllegalStateException("Only " + slots.size() + " free slots near the demo cities");
  }

  JsonObject searchNearNewYork() {
    return search(DEMO_CITIES.get(0));
  }

  private JsonObject search(String zip) {
    Answer search =
        get(
            "providers?zip="
                + zip
                + "&radiusMiles=100&treatment=CONSULTATION&payer=AETNA&size=100");
    if (search.status() != 200) {
      throw new IllegalStateException("Search answered " + search.status() + ": " + search.body());
    }
    return search.object();
  }

  /** The search's soonest time of {@code provider}, if it is in the first page near New York. */
  Optional<String> nextAvailable(long provider) {
    return searchNearNewYork().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(item -> item.getJsonNumber("id").longValue() == provider)
        .findFirst()
        .map(item -> item.getString("nextAvailable", ""));
  }

  /** A patient's booking of {@code slot}, by the contract's body. */
  static String booking(long slot, String email) {
    return """
        {"slotId": %d,
         "patient": {"firstName": "Alex", "lastName": "Rivera", "email": "%s",
                     "phone": "(555) 010-0199", "dateOfBirth": "1980-04-27", "zip": "10001"},
         "payer": "AETNA", "reason": "Depression not helped by two medications",
         "source": "SEARCH", "consent": true}
        """
        .formatted(slot, email);
  }

  /** A referral for a TMS consultation, not booked automatically unless {@code autoSchedule}. */
  static String referral(String email, boolean autoSchedule) {
    return """
        {"patient": {"firstName": "Jo", "lastName": "Park", "email": "%s",
                     "phone": "(555) 010-0142", "dateOfBirth": "1975-02-11", "zip": "10001"},
         "payer": "AETNA", "diagnosisCodes": ["F33.2"], "phq9Score": 19,
         "priorAntidepressantTrials": 2, "requestedTreatments": ["TMS"],
         "urgency": "ROUTINE", "autoSchedule": %b}
        """
        .formatted(email, autoSchedule);
  }
}
