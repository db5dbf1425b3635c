package care.lantern.referral.control;

import care.lantern.platform.entity.ResultPage;
import care.lantern.referral.entity.InboxEntry;
import care.lantern.referral.entity.Referral;
import care.lantern.referral.entity.ReferralStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Optional;

/**
 * Pages of referrals, each selected, filtered by status, ordered, paged and counted by the
 * database, so a page costs the same however many referrals there are. Each list is a pair of named
 * queries, its items and their count, each with an {@code InStatus} twin taking {@code :status}.
 */
public class ReferralPages {

  private static final String IN_STATUS = "InStatus";

  private final EntityManager em;

  public ReferralPages(EntityManager em) {
    this.em = em;
  }

  /**
   * Page {@code page} (from 0) of clinic {@code clinicId}'s referral inbox, urgent first, then
   * newest, optionally only those in {@code status} as the clinic sees it.
   */
  public ResultPage<InboxEntry> inbox(
      long clinicId, Optional<ReferralStatus> status, int page, int size) {
    return page(
        InboxEntry.class,
        "Referral.inboxOfClinic",
        "Referral.countInInboxOfClinic",
        "clinic",
        clinicId,
        status.map(Enum::name),
        page,
        size);
  }

  /** Page {@code page} of the practice's referrals, newest first, optionally in one status. */
  public ResultPage<Referral> ofPractice(
      long practiceId, Optional<ReferralStatus> status, int page, int size) {
    return page(
        Referral.class,
        "Referral.ofPractice",
        "Referral.countOfPractice",
        "practice",
        practiceId,
        status,
        page,
        size);
  }

  private <T> ResultPage<T> page(
      Class<T> type,
      String itemsQuery,
      String countQuery,
      String owner,
      long ownerId,
      Optional<?> status,
      int page,
      int size) {
    String variant = status.isPresent() ? IN_STATUS : "";
    TypedQuery<T> items = em.createNamedQuery(itemsQuery + variant, type);
    TypedQuery<Long> count = em.createNamedQuery(countQuery + variant, Long.class);
    items.setParameter(owner, ownerId);
    count.setParameter(owner, ownerId);
    status.ifPresent(
        s -> {
          items.setParameter("status", s);
          count.setParameter("status", s);
        });
    return new ResultPage<>(
        items
            .setFirstResult((int) Math.min((long) page * size, Integer.MAX_VALUE))
            .setMaxResults(size)
            .getResultList(),
        count.getSingleResult(),
        page,
        size);
  }
}
