package care.lantern.directory.boundary;

import care.lantern.directory.entity.Payer;
import care.lantern.directory.entity.Treatment;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The closed lists patients and referrers choose from: treatments and payers. */
@Stateless
public class ReferenceData {

  @PersistenceContext private EntityManager em;

  public List<Treatment> treatments() {
    return em.createNamedQuery("Treatment.all", Treatment.class).getResultList();
  }

  public List<Payer> payers() {
    return em.createNamedQuery("Payer.all", Payer.class).getResultList();
  }
}
