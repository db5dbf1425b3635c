package care.lantern.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The README's backup and restore, tried once: a booking made on Lantern, the database backed up
 * while Lantern runs ({@code tools/backup.sh}), restored into a fresh database ({@code
 * tools/restore.sh}), and Lantern started on the restored database by {@code ./run.sh} finds the
 * booking. PostgreSQL only ({@code -Ppostgresql}).
 */
@EnabledIfSystemProperty(named = "lantern.test.pg.url", matches = "jdbc:postgresql:.+")
class BackupAndRestoreIT {

  private static final Path REPO = Path.of(System.getProperty("lantern.repo"));
  private static final Path WORK = Path.of("target/backup-and-restore").toAbsolutePath();
  private static final int PORT = EarDeploymentIT.PORT_BASE + 90;

  @Test
  void theRestoredDatabaseHoldsTheBookingsOfTheBackup() throws Exception {
    TestDatabase source = TestDatabase.fromSystemProperties();
    String restoredName =
        System.getProperty("lantern.test.pg.restoreDatabase", "lantern_restore_test");
    TestDatabase restored = TestDatabase.postgresql("127.0.0.1", 5432, restoredName);
    Path dump = WORK.resolve("lantern.dump");
    Files.createDirectories(WORK);
    Files.deleteIfExists(dump);

    LanternApi.Booking booking;
    try (RunSh lantern = RunSh.start(source, PORT, WORK.resolve("source"))) {
      booking = new LanternApi(PORT).bookAFreeSlot();
      run(List.of("tools/backup.sh", source.name(), dump.toString()));
    }
    run(List.of("dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", restoredName));
    run(List.of("tools/restore.sh", dump.toString(), restoredName));

    try (RunSh lantern = RunSh.start(restored, PORT, WORK.resolve("restored"))) {
      LanternApi api = new LanternApi(PORT);
      HttpResponse<String> appointment = api.appointment(booking);
      JsonObject found = LanternApi.json(appointment).asJsonObject();
      assertThat(found.getString("status")).isEqualTo("BOOKED");
      assertThat(found.getString("start")).isEqualTo(booking.start());
      assertThat(api.freeSlots(booking.providerId()).getValuesAs(JsonObject.class))
          .noneMatch(slot -> slot.getInt("id") == booking.slotId());
    }
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Path output = WORK.resolve("command.log");
    Process process =
        new ProcessBuilder(command)
            .directory(REPO.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
    assertThat(process.exitValue()).as("%s: %s", command, Files.readString(output)).isZero();
  }

  /** Lantern started by ./run.sh, the way the README starts it on PostgreSQL; stopped on close. */
  private record RunSh(Process process) implements AutoCloseable {

    static RunSh start(TestDatabase database, int port, Path dataDir) throws Exception {
      ProcessBuilder builder =
          new ProcessBuilder("./run.sh")
              .directory(REPO.toFile())
              .redirectErrorStream(true)
              .redirectOutput(Files.createDirectories(dataDir).resolve("run.out").toFile());
      builder.environment().putAll(database.environment());
      builder
          .environment()
          .putAll(Map.of("PORT", String.valueOf(port), "LANTERN_DATA_DIR", dataDir.toString()));
      RunSh lantern = new RunSh(builder.start());
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
      while (!Files.readString(dataDir.resolve("run.out")).contains("Lantern is ready")) {
        assertThat(lantern.process.isAlive())
            .as("run.sh stopped: %s", Files.readString(dataDir.resolve("run.out")))
            .isTrue();
        assertThat(System.nanoTime()).as("run.sh ready within 4 minutes").isLessThan(deadline);
        Thread.sleep(500);
      }
      return lantern;
    }

    @Override
    public void close() throws InterruptedException {
      // run.sh stops its Payara Micro on SIGTERM and waits for it.
      process.destroy();
      if (!process.waitFor(1, TimeUnit.MINUTES)) {
        process.destroyForcibly();
      }
    }
  }
}
