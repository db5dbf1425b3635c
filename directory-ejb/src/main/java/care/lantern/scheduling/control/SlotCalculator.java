package care.lantern.scheduling.control;

import static java.util.stream.Collectors.toCollection;
import static java.util.stream.Collectors.toMap;

import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.BookingPolicy;
import care.lantern.scheduling.entity.Busy;
import care.lantern.scheduling.entity.DateOverride;
import care.lantern.scheduling.entity.FreeSlot;
import care.lantern.scheduling.entity.OpeningHours;
import care.lantern.scheduling.entity.SlotQuery;
import care.lantern.scheduling.entity.WeeklyRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns a calendar's opening hours, booking policy and busy time into the slots a person can book.
 * Opening hours are read on the clinic's wall clock; see the package documentation for how
 * daylight-saving changes are treated.
 */
@ApplicationScoped
public class SlotCalculator {

  private static final Comparator<FreeSlot> BY_START_THEN_MODE =
      Comparator.comparing(FreeSlot::start).thenComparing(FreeSlot::mode);

  /**
   * The free slots the query asks for, sorted by start and then mode.
   *
   * <p>A slot is free when it lies within opening hours, starts no earlier than the query's now
   * plus the minimum notice, starts on a date no later than the horizon (today in the clinic's zone
   * plus {@code horizonDays}), and neither the slot nor its buffers overlap any busy time.
   *
   * @param busy existing appointments and live holds of this calendar
   */
  public List<FreeSlot> freeSlots(
      OpeningHours hours, BookingPolicy policy, List<Busy> busy, SlotQuery query) {
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(busy, "busy");
    Objects.requireNonNull(query, "query");
    LocalDate today = LocalDate.ofInstant(query.now(), hours.zone());
    LocalDate first = query.from().isAfter(today) ? query.from() : today;
    LocalDate horizon = today.plusDays(policy.horizonDays());
    LocalDate last = query.to().isBefore(horizon) ? query.to() : horizon;
    if (last.isBefore(first)) {
      return List.of();
    }
    var calendar =
        new Calendar(
            hours.zone().getRules(),
            hours.weekly(),
            byDate(hours.overrides()),
            modesOf(hours.weekly()),
            policy,
            List.copyOf(busy),
            query.now().plus(policy.minimumNotice()));
    return first
        .datesUntil(last.plusDays(1))
        .flatMap(calendar::openingsOn)
        .flatMap(calendar::freeSlotsWithin)
        .filter(slot -> query.mode().map(slot.mode()::equals).orElse(true))
        .distinct()
        .sorted(BY_START_THEN_MODE)
        .toList();
  }

  private static Map<LocalDate, DateOverride> byDate(List<DateOverride> overrides) {
    return overrides.stream()
        .collect(
            toMap(
                DateOverride::date,
                Function.identity(),
                (one, other) -> {
                  throw new IllegalArgumentException("More than one override for " + one.date());
                }));
  }

  /** Every mode the weekly rules offer: the modes of override windows. */
  private static Set<AppointmentMode> modesOf(List<WeeklyRule> rules) {
    return rules.stream()
        .flatMap(rule -> rule.modes().stream())
        .collect(toCollection(() -> EnumSet.noneOf(AppointmentMode.class)));
  }

  /** Opening hours on one date, as wall-clock date-times, and the modes offered in them. */
  private record Opening(LocalDateTime start, LocalDateTime end, Set<AppointmentMode> modes) {}

  /** One calculation's inputs, prepared once. */
  private record Calendar(
      ZoneRules zoneRules,
      List<WeeklyRule> rules,
      Map<LocalDate, DateOverride> overrides,
      Set<AppointmentMode> overrideModes,
      BookingPolicy policy,
      List<Busy> busy,
      Instant earliestStart) {

    Stream<Opening> openingsOn(LocalDate date) {
      DateOverride override = overrides.get(date);
      if (override != null) {
        return override.windows().stream()
            .map(w -> new Opening(date.atTime(w.start()), date.atTime(w.end()), overrideModes));
      }
      return rules.stream()
          .filter(rule -> rule.day() == date.getDayOfWeek())
          .map(
              rule ->
                  new Opening(date.atTime(rule.start()), date.atTime(rule.end()), rule.modes()));
    }

    /**
     * Steps through the opening on the wall clock. A wall-clock time skipped by a spring-forward
     * jump has no instant and yields no candidate; one repeated by a fall-back has two and yields
     * both.
     */
    Stream<FreeSlot> freeSlotsWithin(Opening opening) {
      return Stream.iterate(
              opening.start(),
              local -> local.isBefore(opening.end()),
              local -> local.plus(policy.slotStep()))
          .flatMap(local -> zoneRules.getValidOffsets(local).stream().map(local::toInstant))
          .filter(start -> !start.isBefore(earliestStart))
          .filter(start -> staysWithin(opening, start, start.plus(policy.slotLength())))
          .filter(start -> isClear(start, start.plus(policy.slotLength())))
          .flatMap(
              start ->
                  opening.modes().stream()
                      .map(m -> new FreeSlot(start, start.plus(policy.slotLength()), m)));
    }

    /**
     * Whether every instant of {@code [start, end)} reads a wall-clock time within the opening.
     * Between two offset transitions the wall clock runs evenly, so it is enough to compare the
     * first and last reading of each piece between transitions, the last one read with the piece's
     * own offset.
     */
    private boolean staysWithin(Opening opening, Instant start, Instant end) {
      Instant pieceStart = start;
      while (pieceStart.isBefore(end)) {
        ZoneOffset offset = zoneRules.getOffset(pieceStart);
        ZoneOffsetTransition transition = zoneRules.nextTransition(pieceStart);
        Instant pieceEnd =
            transition != null && transition.getInstant().isBefore(end)
                ? transition.getInstant()
                : end;
        if (LocalDateTime.ofInstant(pieceStart, offset).isBefore(opening.start())
            || LocalDateTime.ofInstant(pieceEnd, offset).isAfter(opening.end())) {
          return false;
        }
        pieceStart = pieceEnd;
      }
      return true;
    }

    private boolean isClear(Instant start, Instant end) {
      Instant blockedFrom = start.minus(policy.bufferBefore());
      Instant blockedTo = end.plus(policy.bufferAfter());
      return busy.stream().noneMatch(b -> b.overlaps(blockedFrom, blockedTo));
    }
  }
}
