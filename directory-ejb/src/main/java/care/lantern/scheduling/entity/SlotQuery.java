package care.lantern.scheduling.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which free slots are asked for: those on the clinic dates {@code from} to {@code to} (both
 * inclusive) as they stand at {@code now}, in {@code mode} or, if empty, in every mode.
 */
public record SlotQuery(LocalDate from, LocalDate to, Instant now, Optional<AppointmentMode> mode) {

  public SlotQuery {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(mode, "mode");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("from must not be after to: " + from + " to " + to);
    }
  }

  /** The free slots in every mode on the dates {@code from} to {@code to}, at {@code now}. */
  public static SlotQuery between(LocalDate from, LocalDate to, Instant now) {
    return new SlotQuery(from, to, now, Optional.empty());
  }

  /** The same question, only for slots in {@code only}. */
  public SlotQuery in(AppointmentMode only) {
    return new SlotQuery(from, to, now, Optional.of(only));
  }
}
