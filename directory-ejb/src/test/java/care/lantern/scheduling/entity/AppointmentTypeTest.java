package care.lantern.scheduling.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AppointmentTypeTest {

  @Test
  void onlyConsultationsAreBookedByPatients() {
    var patientBookable =
        Arrays.stream(AppointmentType.values()).filter(AppointmentType::patientBookable).toList();

    assertThat(patientBookable).containsExactly(AppointmentType.CONSULTATION);
  }

  @Test
  void consultationsAreOfferedInPersonAndByTelehealth() {
    assertThat(AppointmentType.CONSULTATION.modes())
        .containsExactlyInAnyOrder(AppointmentMode.IN_PERSON, AppointmentMode.TELEHEALTH);
  }

  @Test
  void onlySpravatoAndKetamineOccupyAMonitoringChair() {
    var chairTypes =
        Arrays.stream(AppointmentType.values())
            .filter(AppointmentType::usesMonitoringChair)
            .toList();

    assertThat(chairTypes).containsExactly(AppointmentType.SPRAVATO, AppointmentType.KETAMINE_IV);
  }

  @Test
  void spravatoCoversTheTwoHourObservation() {
    assertThat(AppointmentType.SPRAVATO.duration()).isGreaterThanOrEqualTo(Duration.ofHours(2));
  }

  @Test
  void ketamineCoversInfusionAndRecovery() {
    assertThat(AppointmentType.KETAMINE_IV.duration()).isEqualTo(Duration.ofMinutes(100));
  }

  @Test
  void bothTmsVisitsBelongToTheTmsTreatment() {
    assertThat(AppointmentType.TMS_MAPPING.treatmentCode())
        .isEqualTo(AppointmentType.TMS_SESSION.treatmentCode())
        .isEqualTo("TMS");
  }
}
