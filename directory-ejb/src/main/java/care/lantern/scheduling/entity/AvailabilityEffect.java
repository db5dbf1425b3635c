package care.lantern.scheduling.entity;

import java.util.List;

/**
 * What a change of availability does, or did: the free consultation slots it adds, withdraws and
 * changes, and the booked consultations it leaves outside the hours, which the clinic must move or
 * cancel with the patient.
 */
public record AvailabilityEffect(SlotPlan slots, List<BookedConsultation> conflicts) {

  public AvailabilityEffect {
    conflicts = List.copyOf(conflicts);
  }
}
