package care.lantern.referral.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Sends due webhook deliveries every two seconds: each signed ({@link WebhookSignature}), with its
 * delivery id, outside any transaction; the outcome is recorded afterwards. A 2xx answer is
 * delivered; anything else (or no answer within ten seconds) is retried with backoff. Redirects are
 * not followed. Logs name deliveries by id only. A delivery is sent only while its lease outlasts
 * the longest send: a batch to a slow endpoint would otherwise still be sending after its lease
 * lapsed and another dispatcher sent the same delivery; the ones left lapse and are claimed again.
 */
@Singleton
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration LONGEST_SEND = CONNECT_TIMEOUT.plus(ANSWER_TIMEOUT);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Inject private WebhookOutbox outbox;

  @Inject private Clock clock;

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void dispatch() {
    for (WebhookOutbox.Claimed delivery : outbox.claimDue(clock.instant())) {
      if (!delivery.sendableWithin(LONGEST_SEND, clock.instant())) {
        continue;
      }
      String failure = send(delivery);
      if (failure == null) {
        outbox.delivered(delivery.id(), clock.instant());
      } else {
        LOG.info(() -> "Webhook delivery " + delivery.id() + " failed: " + failure);
        outbox.failed(delivery.id(), clock.instant(), failure);
      }
    }
  }

  /** Null when delivered, else why not. */
  private String send(WebhookOutbox.Claimed delivery) {
    Instant now = clock.instant();
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(delivery.url()))
              .timeout(ANSWER_TIMEOUT)
              .header("Content-Type", "application/json")
              .header(WebhookSignature.DELIVERY_HEADER, delivery.id())
              .header(
                  WebhookSignature.HEADER,
                  WebhookSignature.header(delivery.secret(), now, delivery.payload()))
              .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
              .build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status / 100 == 2 ? null : "HTTP " + status;
    } catch (IOException | IllegalArgumentException unreachable) {
      return unreachable.getClass().getSimpleName();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
