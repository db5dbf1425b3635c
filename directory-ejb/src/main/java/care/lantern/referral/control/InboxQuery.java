package care.lantern.referral.control;

import care.lantern.platform.entity.ResultPage;
import care.lantern.referral.entity.InboxEntry;
import care.lantern.referral.entity.ReferralStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Optional;

/**
 * One page of a clinic's referral inbox, urgent first, then newest. The database selects, filters
 * (by the status as the clinic sees it), orders, pages and counts, so a page costs the same however
 * many referrals the clinic has had.
 */
public class InboxQuery {

  private final EntityManager em;

  public InboxQuery(EntityManager em) {
    this.em = em;
  }

  /**
   * Page {@code page} (from 0) of {@code size} entries of clinic {@code clinicId}'s inbox,
   * optionally only those in {@code status} as the clinic sees it, with the total of all pages.
   */
  public ResultPage<InboxEntry> page(
      long clinicId, Optional<ReferralStatus> status, int page, int size) {
    TypedQuery<InboxEntry> entries =
        em.createNamedQuery(
            status.isPresent() ? "Referral.inboxOfClinicInStatus" : "Referral.inboxOfClinic",
            InboxEntry.class);
    TypedQuery<Long> count =
        em.createNamedQuery(
            status.isPresent()
                ? "Referral.countInInboxOfClinicInStatus"
                : "Referral.countInInboxOfClinic",
            Long.class);
    entries.setParameter("clinic", clinicId);
    count.setParameter("clinic", clinicId);
    status.ifPresent(
        s -> {
          entries.setParameter("status", s.name());
          count.setParameter("status", s.name());
        });
    return new ResultPage<>(
        entries
            .setFirstResult((int) Math.min((long) page * size, Integer.MAX_VALUE))
            .setMaxResults(size)
            .getResultList(),
        count.getSingleResult(),
        page,
        size);
  }
}
