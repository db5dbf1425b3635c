package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.scheduling.entity.Slot;
import jakarta.persistence.NamedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Slot state is written in one class, {@link SlotChanges}, which follows every write up: no other
 * production source names a slot-writing query, so no other code can change a slot and leave the
 * follow-up to its caller.
 */
class SlotWritesTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path HOME =
      SOURCES.resolve("care/lantern/scheduling/control/SlotChanges.java");
  private static final Path DECLARED = SOURCES.resolve("care/lantern/scheduling/entity/Slot.java");

  @Test
  void onlySlotChangesNamesTheQueriesThatWriteSlots() throws IOException {
    List<String> writes = slotWritingQueries();

    List<String> elsewhere;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      elsewhere =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .filter(file -> !file.equals(HOME) && !file.equals(DECLARED))
              .filter(file -> writes.stream().anyMatch(query -> read(file).contains(query)))
              .map(Path::toString)
              .toList();
    }

    assertThat(writes).contains("\"Slot.take\"", "\"Slot.hold\"", "\"Slot.withdrawOverlapping\"");
    assertThat(read(HOME)).contains(writes);
    assertThat(elsewhere).isEmpty();
  }

  /** The names of {@link Slot}'s UPDATE and DELETE queries, quoted as a source names them. */
  private static List<String> slotWritingQueries() {
    return Arrays.stream(Slot.class.getAnnotationsByType(NamedQuery.class))
        .filter(query -> query.query().matches("(?s)\\s*(UPDATE|DELETE)\\b.*"))
        .map(query -> "\"" + query.name() + "\"")
        .toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
