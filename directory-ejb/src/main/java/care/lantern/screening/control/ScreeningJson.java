package care.lantern.screening.control;

import care.lantern.screening.entity.TakenScreening;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.Optional;

/**
 * A kept screening as JSON text, the form in which it is shared between modules and cluster
 * members. On Payara Micro each WAR carries its own copy of this module's classes, and the JCache
 * that keeps screenings is the server's: an object one module put there reached the other as an
 * instance of a class it could not cast to its own ({@code ClassCastException: TakenScreening
 * cannot be cast to TakenScreening}). A {@code String} belongs to no application's class loader, so
 * whichever module or member reads the text decodes it with its own classes.
 */
final class ScreeningJson {

  /** Thread-safe; holds nothing but what it learnt of the classes, for the module's lifetime. */
  private final Jsonb jsonb = JsonbBuilder.create();

  String write(TakenScreening screening) {
    return jsonb.toJson(screening);
  }

  /**
   * The screening {@code json} describes, or empty when it describes none this version can read
   * (not JSON, another shape, or values a screening cannot have).
   */
  Optional<TakenScreening> read(String json) {
    try {
      return Optional.ofNullable(jsonb.fromJson(json, TakenScreening.class));
    } catch (JsonbException | IllegalArgumentException | NullPointerException unreadable) {
      // JSON-B reports malformed text and a wrong shape; the records' constructors refuse
      // missing or impossible values themselves.
      return Optional.empty();
    }
  }
}
