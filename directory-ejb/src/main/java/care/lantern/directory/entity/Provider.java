package care.lantern.directory.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A clinician patients can see: who they are, how they work, and where they practise. */
@Entity
@NamedQuery(name = "Provider.byIds", query = "SELECT p FROM Provider p WHERE p.id IN :ids")
@NamedQuery(
    name = "Provider.atClinic",
    query = "SELECT p FROM Provider p JOIN p.clinics c WHERE c.id = :clinic ORDER BY p.name, p.id")
public class Provider {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_seq")
  @SequenceGenerator(name = "provider_seq", sequenceName = "provider_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String name;

  /** MD, DO, NP, PA… as the provider signs. */
  @Column(nullable = false)
  private String credentials;

  @Column(nullable = false, length = 4000)
  private String bio;

  @Column(name = "experience_years", nullable = false)
  private int experienceYears;

  @Column(nullable = false, length = 2000)
  private String qualifications;

  @Column(name = "treatment_philosophy", nullable = false, length = 4000)
  private String treatmentPhilosophy;

  @Column(name = "accepting_new_patients", nullable = false)
  private boolean acceptingNewPatients;

  /** ISO 639-1 codes of the languages the provider sees patients in. */
  @ElementCollection
  @CollectionTable(name = "provider_language", joinColumns = @JoinColumn(name = "provider_id"))
  @Column(name = "language")
  @BatchFetch(BatchFetchType.IN)
  private Set<String> languages = new TreeSet<>();

  @ManyToMany
  @JoinTable(
      name = "provider_clinic",
      joinColumns = @JoinColumn(name = "provider_id"),
      inverseJoinColumns = @JoinColumn(name = "clinic_id"))
  @BatchFetch(BatchFetchType.IN)
  private List<Clinic> clinics = new ArrayList<>();

  protected Provider() {}

  public Provider(
      String name,
      String credentials,
      String bio,
      int experienceYears,
      String qualifications,
      String treatmentPhilosophy,
      boolean acceptingNewPatients,
      Collection<String> languages) {
    this.name = Objects.requireNonNull(name);
    this.credentials = Objects.requireNonNull(credentials);
    this.bio = Objects.requireNonNull(bio);
    this.experienceYears = experienceYears;
    this.qualifications = Objects.requireNonNull(qualifications);
    this.treatmentPhilosophy = Objects.requireNonNull(treatmentPhilosophy);
    this.acceptingNewPatients = acceptingNewPatients;
    this.languages.addAll(languages);
  }

  public void practiseAt(Clinic clinic) {
    if (!clinics.contains(clinic)) {
      clinics.add(clinic);
    }
  }

  public boolean practisesAt(Clinic clinic) {
    return clinics.contains(clinic);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCredentials() {
    return credentials;
  }

  public String getBio() {
    return bio;
  }

  public int getExperienceYears() {
    return experienceYears;
  }

  public String getQualifications() {
    return qualifications;
  }

  public String getTreatmentPhilosophy() {
    return treatmentPhilosophy;
  }

  public boolean isAcceptingNewPatients() {
    return acceptingNewPatients;
  }

  /**
   * In alphabetical order: loaded from the database, the set is EclipseLink's and keeps the order
   * the rows came in.
   */
  public List<String> languages() {
    return languages.stream().sorted().toList();
  }

  public List<Clinic> clinics() {
    return List.copyOf(clinics);
  }
}
