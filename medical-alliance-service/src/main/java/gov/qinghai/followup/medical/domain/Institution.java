package gov.qinghai.followup.medical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;

/** A medical institution that can lead or join an alliance and refer patients. */
@Entity
@Audited
public class Institution extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "institution_seq")
    @SequenceGenerator(name = "institution_seq", sequenceName = "institution_seq", allocationSize = 50)
    public Long id;
    /** Also the 'unit' claim of a reporter acting for this institution. */
    public String name;
    @Enumerated(EnumType.STRING)
    public Level level;
    @Enumerated(EnumType.STRING)
    public Ownership ownership;
    @Enumerated(EnumType.STRING)
    public InstitutionKind kind;
    @Enumerated(EnumType.STRING)
    public Tier tier;
    /** Null for provincial institutions, which serve the whole province. */
    public Long prefectureId;
    public Long countyId;
    /** Where the record comes from (e.g. the clause of 140号 that names it). */
    public String source;
    /** Where referral notices go by e-mail (140号 三(二)4); null = none. Set by admins only. */
    public String contactEmail;
    /** Where referral notices are POSTed (the institution's own system); null = none. Set by admins only. */
    public String contactWebhook;
    @Version
    public long version;

    public static Optional<Institution> byName(String name) {
        return find("name", name).firstResultOptional();
    }

    /** The names of these institutions in one query (a page of alliances or members names them, no N+1). */
    public static Map<Long, String> namesOf(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? Map.of() : Institution.<Institution>list("id in ?1", wanted).stream()
                .collect(Collectors.toMap(i -> i.id, i -> i.name));
    }

    /** 140号 二: "政府办基层医疗卫生机构" — public 乡镇卫生院 and 社区卫生服务中心. */
    public boolean isGovernmentRunPrimary() {
        return ownership == Ownership.PUBLIC && level == Level.PRIMARY
                && (kind == InstitutionKind.TOWNSHIP_HEALTH_CENTRE || kind == InstitutionKind.COMMUNITY_HEALTH_CENTRE);
    }
}
