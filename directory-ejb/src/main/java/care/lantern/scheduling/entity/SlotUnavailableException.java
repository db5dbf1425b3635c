package care.lantern.scheduling.entity;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Someone else took (or is holding) the slot first. Carries the next free times of the same
 * provider so the patient can pick again at once.
 */
@ApplicationException(rollback = true)
public class SlotUnavailableException extends RuntimeException {

  private final transient List<SlotView> alternatives;

  public SlotUnavailableException(List<SlotView> alternatives) {
    super("This time was just taken. Please choose another.", null, false, false);
    this.alternatives = List.copyOf(alternatives);
  }

  public List<SlotView> alternatives() {
    return alternatives;
  }
}
