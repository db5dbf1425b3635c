package care.lantern.api;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP against the deployed API, as a partner system would call it. */
public final class ApiClient {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  /** {@code deployment} is the WAR's root as Arquillian reports it, e.g. {@code .../api/}. */
  public ApiClient(URL deployment) {
    this.base = URI.create(deployment.toString().replaceAll("/+$", "") + "/v1/");
  }

  /** The address of {@code path} below {@code /api/v1/}. */
  public URI uri(String path) {
    return base.resolve(path);
  }

  public Answer get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  public Answer post(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response with its body parsed as JSON on demand. */
  public record Answer(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String contentType() {
      return response.headers().firstValue("Content-Type").orElse("");
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public String body() {
      return response.body();
    }

    public JsonStructure json() {
      return Json.createReader(new StringReader(response.body())).read();
    }
  }
}
