package care.lantern.scheduling.entity;

import care.lantern.directory.entity.ClinicSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A page of a clinic's calendar: one provider's, or all providers' when {@code provider} is empty,
 * for a day or a week, dates on the clinic's own calendar.
 */
public record ClinicAgenda(
    ClinicSummary clinic,
    List<ProviderChoice> providers,
    Optional<ProviderChoice> provider,
    CalendarSpan span,
    LocalDate date,
    LocalDate today,
    List<AgendaDay> days) {}
