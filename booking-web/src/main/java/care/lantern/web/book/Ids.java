package care.lantern.web.book;

import java.util.Optional;

/** Reads a numeric id from a query parameter; anything else is an address that leads nowhere. */
public final class Ids {

  private Ids() {}

  public static Optional<Long> parse(String raw) {
    if (raw == null || !raw.trim().matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(raw.trim()));
  }
}
