package care.lantern.platform.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A pick from a closed set (an enum) as a client sends it: none made, one of the set, or text that
 * names none of it. The edge that receives text reads it ({@link #read}); code that already holds
 * the constant says so ({@link #of}); whoever validates the request judges the pick, so its message
 * has one home and stands among the request's other problems.
 */
public sealed interface Choice<E extends Enum<E>> {

  /** No pick: the text was absent or blank, or the caller left it open. */
  record None<E extends Enum<E>>() implements Choice<E> {}

  /** One of the set. */
  record Picked<E extends Enum<E>>(E value) implements Choice<E> {
    public Picked {
      Objects.requireNonNull(value, "value");
    }
  }

  /** Text that names none of the set. */
  record Unreadable<E extends Enum<E>>() implements Choice<E> {}

  /** The pick of {@code value}; none when it is null. */
  static <E extends Enum<E>> Choice<E> of(E value) {
    return value == null ? new None<>() : new Picked<>(value);
  }

  /** The constant of {@code type} that {@code text} names, in any case and around blanks. */
  static <E extends Enum<E>> Choice<E> read(String text, Class<E> type) {
    if (text == null || text.isBlank()) {
      return new None<>();
    }
    String name = text.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(name))
        .findFirst()
        .<Choice<E>>map(Picked::new)
        .orElseGet(Unreadable::new);
  }

  /** The constant picked; empty when none was, or the text named none. */
  default Optional<E> picked() {
    return this instanceof Picked<E> pick ? Optional.of(pick.value()) : Optional.empty();
  }

  /** Whether no pick was made, as opposed to one that named nothing. */
  default boolean isNone() {
    return this instanceof None;
  }
}
