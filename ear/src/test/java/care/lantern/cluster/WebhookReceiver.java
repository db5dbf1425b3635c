package care.lantern.cluster;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A practice's webhook endpoint on loopback: accepts every delivery and remembers it. */
final class WebhookReceiver implements AutoCloseable {

  /** One POST as received: the delivery's id and its body. */
  record Delivery(String id, String body) {}

  private final HttpServer server;
  private final List<Delivery> received = new CopyOnWriteArrayList<>();

  WebhookReceiver(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext(
        "/hook",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            received.add(
                new Delivery(
                    exchange.getRequestHeaders().getFirst("Lantern-Delivery"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  List<Delivery> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
