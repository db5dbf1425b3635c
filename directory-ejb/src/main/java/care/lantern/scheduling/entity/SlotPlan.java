package care.lantern.scheduling.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What publishing a calendar's availability does to its consultation slots: the difference between
 * the slots the rules give and the slots already published. Free slots follow the rules; booked
 * ones are never touched, only marked when the rules no longer give their time (a conflict).
 *
 * @param fresh new slots to store
 * @param reopened withdrawn slots the rules give again, with the modes they now offer
 * @param withdrawn free slots the rules no longer give, including any a patient is holding
 * @param modesChanged free slots that stay but offer other modes
 * @param nowOutsideHours slots to mark as outside the hours: the withdrawn and newly conflicting
 *     booked ones
 * @param nowWithinHours booked slots marked outside the hours whose time the rules give again
 * @param offered every start the rules give, with its modes
 */
public record SlotPlan(
    List<Slot> fresh,
    List<Remode> reopened,
    List<PublishedSlot> withdrawn,
    List<Remode> modesChanged,
    List<Long> nowOutsideHours,
    List<Long> nowWithinHours,
    Map<Instant, Set<AppointmentMode>> offered,
    Instant now) {

  /** A published slot to offer in {@code modes}. */
  public record Remode(long slotId, Instant start, Set<AppointmentMode> modes) {}

  /** The changes on one date of the clinic's calendar, each list in time order. */
  public record DayChange(
      LocalDate date, List<Instant> added, List<Instant> removed, List<Instant> modesChanged) {}

  public SlotPlan {
    fresh = List.copyOf(fresh);
    reopened = List.copyOf(reopened);
    withdrawn = List.copyOf(withdrawn);
    modesChanged = List.copyOf(modesChanged);
    nowOutsideHours = List.copyOf(nowOutsideHours);
    nowWithinHours = List.copyOf(nowWithinHours);
    offered = Map.copyOf(offered);
  }

  /**
   * The plan that brings {@code existing} (the calendar's slots from {@code now}) in line with
   * {@code wanted} (the slots the rules give, not yet stored). A held slot keeps its modes: the
   * patient chose one of them on the form.
   */
  public static SlotPlan between(List<PublishedSlot> existing, List<Slot> wanted, Instant now) {
    Map<Instant, PublishedSlot> byStart =
        existing.stream().collect(Collectors.toMap(PublishedSlot::start, Function.identity()));
    Map<Instant, Slot> wantedByStart =
        wanted.stream().collect(Collectors.toMap(Slot::start, Function.identity()));
    List<Slot> fresh = new ArrayList<>();
    List<Remode> reopened = new ArrayList<>();
    List<Remode> modesChanged = new ArrayList<>();
    List<Long> withinHours = new ArrayList<>();
    for (Slot slot : wanted) {
      PublishedSlot published = byStart.get(slot.start());
      if (published == null) {
        fresh.add(slot);
        continue;
      }
      Remode remode = new Remode(published.id(), published.start(), slot.modes());
      switch (published.status()) {
        case WITHDRAWN -> reopened.add(remode);
        case OPEN -> {
          if (!published.modes().equals(slot.modes()) && !published.isHeldAt(now)) {
            modesChanged.add(remode);
          }
        }
        case BOOKED -> {
          if (published.outsideHours()) {
            withinHours.add(published.id());
          }
        }
      }
    }
    List<PublishedSlot> withdrawn = new ArrayList<>();
    List<Long> outsideHours = new ArrayList<>();
    for (PublishedSlot published : existing) {
      if (wantedByStart.containsKey(published.start())) {
        continue;
      }
      if (published.isOpen()) {
        withdrawn.add(published);
        outsideHours.add(published.id());
      } else if (published.status() == SlotStatus.BOOKED && !published.outsideHours()) {
        outsideHours.add(published.id());
      }
    }
    Map<Instant, Set<AppointmentMode>> offered =
        wanted.stream().collect(Collectors.toMap(Slot::start, Slot::modes));
    return new SlotPlan(
        fresh, reopened, withdrawn, modesChanged, outsideHours, withinHours, offered, now);
  }

  /** Whether publishing would change anything at all. */
  public boolean isEmpty() {
    return fresh.isEmpty()
        && reopened.isEmpty()
        && withdrawn.isEmpty()
        && modesChanged.isEmpty()
        && nowOutsideHours.isEmpty()
        && nowWithinHours.isEmpty();
  }

  /** Whether the rules give {@code start} in {@code mode}: a booking there is no conflict. */
  public boolean offers(Instant start, AppointmentMode mode) {
    return offered.getOrDefault(start, Set.of()).contains(mode);
  }

  /** Slots patients can newly book: the fresh and the reopened. */
  public int addedCount() {
    return fresh.size() + reopened.size();
  }

  /** The withdrawn slots a patient is holding on the booking form right now. */
  public List<PublishedSlot> held() {
    return withdrawn.stream().filter(slot -> slot.isHeldAt(now)).toList();
  }

  /** The changes to free slots, date by date on the clinic's calendar. */
  public List<DayChange> byDay(ZoneId zone) {
    Function<Instant, LocalDate> dateOf = start -> LocalDate.ofInstant(start, zone);
    Map<LocalDate, List<Instant>> added =
        group(
            Stream.concat(fresh.stream().map(Slot::start), reopened.stream().map(Remode::start)),
            dateOf);
    Map<LocalDate, List<Instant>> removed =
        group(withdrawn.stream().map(PublishedSlot::start), dateOf);
    Map<LocalDate, List<Instant>> remoded = group(modesChanged.stream().map(Remode::start), dateOf);
    return Stream.of(added, removed, remoded)
        .flatMap(map -> map.keySet().stream())
        .distinct()
        .sorted()
        .map(
            date ->
                new DayChange(
                    date,
                    added.getOrDefault(date, List.of()),
                    removed.getOrDefault(date, List.of()),
                    remoded.getOrDefault(date, List.of())))
        .toList();
  }

  private static Map<LocalDate, List<Instant>> group(
      Stream<Instant> starts, Function<Instant, LocalDate> dateOf) {
    return starts
        .sorted(Comparator.naturalOrder())
        .collect(Collectors.groupingBy(dateOf, TreeMap::new, Collectors.toList()));
  }
}
