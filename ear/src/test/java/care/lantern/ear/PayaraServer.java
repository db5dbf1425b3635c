package care.lantern.ear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway Payara Server domain driven through its own {@code asadmin}: created with a port base
 * of its own so it never collides with a running {@code ./run.sh}, deleted afterwards.
 */
final class PayaraServer implements AutoCloseable {

  private static final String DOMAIN = "lantern-ear-test";

  private final Path home;
  private final Path domains;
  private final int portBase;

  PayaraServer(Path home, Path domains, int portBase) {
    this.home = home;
    this.domains = domains;
    this.portBase = portBase;
  }

  int httpPort() {
    return portBase + 80;
  }

  void start() {
    asadmin("delete-domain", "--domaindir", domains.toString(), DOMAIN).ignoreFailure();
    asadmin(
            "create-domain",
            "--nopassword",
            "--portbase",
            String.valueOf(portBase),
            "--domaindir",
            domains.toString(),
            DOMAIN)
        .orFail();
    asadmin("start-domain", "--domaindir", domains.toString(), DOMAIN).orFail();
  }

  /**
   * Runs {@code script}, the README's deployment steps, against the running domain: its asadmin is
   * this server's, pointed at the domain's admin port.
   */
  void deploy(Path script, Map<String, String> environment) {
    ProcessBuilder builder = new ProcessBuilder("bash", script.toString());
    builder.environment().putAll(environment);
    builder.environment().put("ASADMIN", home.resolve("bin/asadmin").toString());
    builder.environment().put("AS_ADMIN_PORT", String.valueOf(portBase + 48));
    run(builder, script.getFileName().toString()).orFail();
  }

  @Override
  public void close() {
    asadmin("stop-domain", "--domaindir", domains.toString(), DOMAIN).ignoreFailure();
    asadmin("delete-domain", "--domaindir", domains.toString(), DOMAIN).ignoreFailure();
  }

  private Result asadmin(String... args) {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/asadmin").toString());
    command.add("--interactive=false");
    command.addAll(List.of(args));
    return run(new ProcessBuilder(command), "asadmin " + String.join(" ", args));
  }

  private static Result run(ProcessBuilder builder, String name) {
    try {
      Path output = Files.createTempFile("asadmin", ".log");
      Process process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(name + " timed out");
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      Files.delete(output);
      return new Result(name, process.exitValue(), text);
    } catch (IOException e) {
      throw new IllegalStateException(name + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Result(String command, int exitCode, String output) {

    Result orFail() {
      if (exitCode != 0) {
        throw new IllegalStateException(command + " failed:\n" + output);
      }
      return this;
    }

    void ignoreFailure() {
      // Cleanup of a domain that may not exist: its failure changes nothing.
    }
  }
}
