package org.opencrm.crm.company;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A legal identity with its bank accounts: one of a company's requisite sets, or (with no company)
 * one of the tenant's own, shown in the company profile and used on invoices and documents.
 */
@Entity
@Table(name = "requisite_set")
@NamedQuery(
    name = "RequisiteSet.profile",
    query = "SELECT r FROM RequisiteSet r WHERE r.company IS NULL ORDER BY r.position")
public class RequisiteSet {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "company_id")
  private Company company;

  @Column(nullable = false)
  private int position;

  @Column(name = "full_name")
  private String fullName;

  @Column(name = "short_name")
  private String shortName;

  @Column private String inn;
  @Column private String kpp;
  @Column private String ogrn;

  @Column(name = "legal_address")
  private String legalAddress;

  @Column(name = "actual_address")
  private String actualAddress;

  @Column(name = "director_name")
  private String directorName;

  @Column(name = "director_post")
  private String directorPost;

  @Column(name = "accountant_name")
  private String accountantName;

  @OneToMany(mappedBy = "requisiteSet", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<BankAccount> accounts = new ArrayList<>();

  protected RequisiteSet() {}

  /** A set of a company, or of the tenant's profile when {@code company} is null. */
  RequisiteSet(Company company, int position) {
    this.company = company;
    this.position = position;
  }

  void fill(RequisiteChecks.CleanRequisites clean) {
    this.fullName = clean.fullName();
    this.shortName = clean.shortName();
    this.inn = clean.inn();
    this.kpp = clean.kpp();
    this.ogrn = clean.ogrn();
    this.legalAddress = clean.legalAddress();
    this.actualAddress = clean.actualAddress();
    this.directorName = clean.directorName();
    this.directorPost = clean.directorPost();
    this.accountantName = clean.accountantName();
    accounts.clear();
    for (RequisiteChecks.CleanAccount a : clean.accounts()) {
      accounts.add(new BankAccount(this, accounts.size(), a));
    }
  }

  void moveTo(int position) {
    this.position = position;
  }

  /**
   * The set's fields as history compares them, prefixed for sets after the first ("inn#2"), so a
   * change in the second set reads as such.
   */
  void describeInto(Map<String, String> snapshot) {
    String suffix = position == 0 ? "" : "#" + (position + 1);
    Map<String, String> s = new LinkedHashMap<>();
    s.put("fullName", fullName);
    s.put("shortName", shortName);
    s.put("inn", inn);
    s.put("kpp", kpp);
    s.put("ogrn", ogrn);
    s.put("legalAddress", legalAddress);
    s.put("actualAddress", actualAddress);
    s.put("directorName", directorName);
    s.put("directorPost", directorPost);
    s.put("accountantName", accountantName);
    s.put(
        "bankAccounts",
        accounts.stream().map(BankAccount::describe).collect(Collectors.joining("; ")));
    s.forEach((k, v) -> snapshot.put(k + suffix, v));
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }

  public int getPosition() {
    return position;
  }

  public String getFullName() {
    return fullName;
  }

  public String getShortName() {
    return shortName;
  }

  public String getInn() {
    return inn;
  }

  public String getKpp() {
    return kpp;
  }

  public String getOgrn() {
    return ogrn;
  }

  public String getLegalAddress() {
    return legalAddress;
  }

  public String getActualAddress() {
    return actualAddress;
  }

  public String getDirectorName() {
    return directorName;
  }

  public String getDirectorPost() {
    return directorPost;
  }

  public String getAccountantName() {
    return accountantName;
  }

  public List<BankAccount> getAccounts() {
    return accounts;
  }
}
