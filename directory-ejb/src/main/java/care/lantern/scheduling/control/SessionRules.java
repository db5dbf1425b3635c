package care.lantern.scheduling.control;

import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.Busy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the clinic may book a treatment session: a treatment it offers (Spravato only under a
 * valid REMS certification), from today on, with the provider free and, for Spravato and ketamine,
 * a monitoring chair free for the whole session. Field names are those of the booking form: {@code
 * type}, {@code date}, {@code time}.
 */
public class SessionRules {

  private final CapacityCheck capacity = new CapacityCheck();

  /** Everything the rules look at, gathered by the caller under the clinic's lock. */
  public record Candidate(
      AppointmentType type,
      ZoneId zone,
      boolean treatmentOffered,
      boolean remsValid,
      int chairs,
      Instant start,
      Instant now,
      List<Busy> providerBusy,
      boolean providerHeld,
      List<Busy> chairsBusy) {

    Instant end() {
      return start.plus(type.duration());
    }
  }

  public List<FieldError> problems(Candidate c) {
    List<FieldError> problems = new ArrayList<>();
    LocalDate day = LocalDate.ofInstant(c.start(), c.zone());
    if (c.type().patientBookable()) {
      problems.add(
          new FieldError(
              "type", "Choose a treatment session: patients book consultations themselves."));
      return problems;
    }
    if (c.type().treatmentCode().equals("SPRAVATO") && !c.remsValid()) {
      problems.add(
          new FieldError(
              "type",
              "Spravato can be given only while the clinic's REMS certification is valid, and it"
                  + " is not on "
                  + day
                  + "."));
    } else if (!c.treatmentOffered()) {
      problems.add(new FieldError("type", "This clinic does not offer this treatment."));
    }
    if (c.type().usesMonitoringChair() && c.chairs() == 0) {
      problems.add(
          new FieldError(
              "type", "This clinic has no monitoring chairs on record for this treatment."));
    }
    if (day.isBefore(LocalDate.ofInstant(c.now(), c.zone()))) {
      problems.add(new FieldError("date", "Choose today or a later day."));
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    if (c.providerBusy().stream().anyMatch(busy -> busy.overlaps(c.start(), c.end()))) {
      problems.add(
          new FieldError(
              "time",
              "The provider already has an appointment at that time. Choose another time."));
    } else if (c.providerHeld()) {
      problems.add(
          new FieldError(
              "time",
              "A patient is booking this provider at that time right now. Choose another time, or"
                  + " try again in 10 minutes."));
    }
    if (c.type().usesMonitoringChair()
        && !capacity.fits(c.start(), c.end(), c.chairs(), c.chairsBusy())) {
      problems.add(
          new FieldError(
              "time",
              "All "
                  + c.chairs()
                  + " monitoring chairs are taken during that time. Choose another time."));
    }
    return problems;
  }
}
