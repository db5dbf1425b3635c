package care.lantern.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./run.sh --nodes N} started as a user starts it: the balancer on {@code port}, node i on
 * {@code port + i}. Stopped with SIGTERM, as Ctrl-C would; a node is killed with SIGKILL, found as
 * the process among run.sh's descendants that listens on its port (so nothing but what the suite
 * started is ever signalled).
 */
final class Cluster implements AutoCloseable {

  private final int port;
  private final int nodes;
  private final Process process;
  private final Path output;

  private Cluster(int port, int nodes, Process process, Path output) {
    this.port = port;
    this.nodes = nodes;
    this.process = process;
    this.output = output;
  }

  /**
   * Runs {@code root/run.sh --nodes nodes} with {@code environment} added to this process's, and
   * waits for its "Lantern is ready" line.
   */
  static Cluster start(
      Path root, int port, int nodes, Map<String, String> environment, Path output, Duration wait)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder("./run.sh", "--nodes", String.valueOf(nodes))
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().putAll(environment);
    builder.environment().put("PORT", String.valueOf(port));
    Cluster cluster = new Cluster(port, nodes, builder.start(), output);
    cluster.awaitReady(wait);
    return cluster;
  }

  private void awaitReady(Duration wait) throws IOException, InterruptedException {
    long giveUp = System.nanoTime() + wait.toNanos();
    while (!Files.readString(output).lines().anyMatch(l -> l.startsWith("Lantern is ready"))) {
      if (!process.isAlive() || System.nanoTime() > giveUp) {
        close();
        throw new IllegalStateException(
            "run.sh --nodes "
                + nodes
                + (process.isAlive() ? " was not ready in time" : " stopped")
                + ". Its output:\n"
                + Files.readString(output));
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
  }

  URI balancer() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Node {@code n} (from 1) directly, past the balancer. */
  URI node(int n) {
    return URI.create("http://127.0.0.1:" + (port + n) + "/");
  }

  int nodes() {
    return nodes;
  }

  /** Sends SIGKILL to node {@code n}: no shutdown hook, no goodbye to the data grid. */
  void kill(int n) {
    ProcessHandle node =
        listenerOn(port + n)
            .orElseThrow(() -> new IllegalStateException("No process of node " + n + " listens"));
    node.destroyForcibly();
    node.onExit().orTimeout(10, TimeUnit.SECONDS).join();
  }

  boolean isRunning(int n) {
    return listenerOn(port + n).isPresent();
  }

  /** The descendant of run.sh with a listening TCP socket on {@code tcpPort}, read from /proc. */
  private Optional<ProcessHandle> listenerOn(int tcpPort) {
    Set<String> sockets = new HashSet<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      for (String line : lines(Path.of(table)).stream().skip(1).toList()) {
        String[] fields = line.trim().split("\\s+");
        String local = fields[1];
        boolean listening = "0A".equals(fields[3]);
        if (listening && Integer.parseInt(local.substring(local.indexOf(':') + 1), 16) == tcpPort) {
          sockets.add("socket:[" + fields[9] + "]");
        }
      }
    }
    return process.descendants().filter(p -> holdsAny(p, sockets)).findFirst();
  }

  private static boolean holdsAny(ProcessHandle process, Set<String> sockets) {
    try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(process.pid()), "fd"))) {
      return fds.anyMatch(
          fd -> {
            try {
              return sockets.contains(Files.readSymbolicLink(fd).toString());
            } catch (IOException gone) {
              return false;
            }
          });
    } catch (IOException | UncheckedIOException gone) {
      return false;
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String output() {
    try {
      return Files.readString(output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SIGTERM to run.sh, as Ctrl-C; whatever of it is still running after 60 s is killed. */
  @Override
  public void close() {
    List<ProcessHandle> started = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }
}
