package care.lantern.web.screening;

import care.lantern.screening.entity.Instrument;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** {@code /screening/index.xhtml}: the screening quizzes a person can take. */
@Named
@RequestScoped
public class ScreeningIndexBacking {

  public List<Instrument> getInstruments() {
    return List.of(Instrument.values());
  }
}
