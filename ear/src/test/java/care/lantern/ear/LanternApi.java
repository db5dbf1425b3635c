package care.lantern.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Lantern's public API over real HTTP, as a patient's browser or a partner would call it. */
final class LanternApi {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String origin;

  /** {@code port} of a Lantern serving the patient site at / and the API at /api. */
  LanternApi(int port) {
    this.origin = "http://localhost:" + port;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
  }

  /** Books the first free consultation of the soonest provider near 10001 who takes Aetna. */
  Booking bookAFreeSlot() {
    JsonObject provider =
        json(get("/api/v1/providers?zip=10001&treatment=CONSULTATION&payer=AETNA&sort=soonest"))
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(0);
    int providerId = provider.getInt("id");
    int slotId = freeSlots(providerId).getJsonObject(0).getInt("id");
    HttpResponse<String> booked =
        send(
            HttpRequest.newBuilder(URI.create(origin + "/api/v1/appointments"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"slotId": %d,
                         "patient": {"firstName": "Alex", "lastName": "Rivera",
                                     "email": "alex.rivera@example.com", "phone": "(555) 010-0199",
                                     "dateOfBirth": "1980-04-27", "zip": "10001"},
                         "payer": "AETNA", "reason": "Depression not helped by two medications",
                         "source": "SEARCH", "consent": true}
                        """
                            .formatted(slotId))));
    assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
    JsonObject appointment = json(booked).asJsonObject();
    String token = appointment.getString("manageUrl").replaceAll(".*[?&]token=([^&]+).*", "$1");
    return new Booking(
        providerId,
        slotId,
        appointment.getString("reference"),
        token,
        appointment.getString("start"));
  }

  /** The appointment as its patient's manage link reads it. */
  HttpResponse<String> appointment(Booking booking) {
    return get("/api/v1/appointments/" + booking.reference() + "?token=" + booking.token());
  }

  JsonArray freeSlots(int providerId) {
    return json(get("/api/v1/providers/" + providerId + "/slots")).asJsonArray();
  }

  /** The body of a successful response, as JSON. */
  static JsonStructure json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    return Json.createReader(new StringReader(response.body())).read();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Booking(int providerId, int slotId, String reference, String token, String start) {}
}
