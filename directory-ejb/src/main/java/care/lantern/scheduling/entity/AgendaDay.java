package care.lantern.scheduling.entity;

import java.time.LocalDate;
import java.util.List;

/** One clinic day of a calendar page, its entries in time order. */
public record AgendaDay(LocalDate date, List<CalendarEntry> entries, List<BlockedTime> blocked) {}
