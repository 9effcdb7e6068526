package gov.qinghai.followup.transparency.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import org.hibernate.envers.Audited;

/** A 考核对象 (137号 第二条): a 市州 government or a provincial department. */
@Entity
@Audited
@Table(name = "assessment_subject")
public class AssessmentSubject extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_subject_seq")
    @SequenceGenerator(name = "assessment_subject_seq", sequenceName = "assessment_subject_seq", allocationSize = 50)
    public Long id;
    public String name;
    @Enumerated(EnumType.STRING)
    public SubjectKind kind;
    public String prefecture;
    public String contactEmail;
    /** Where a seeded subject comes from (notice, task or clause, gazette line); null for subjects added by admins. */
    public String source;
    /** A deactivated subject keeps its history but is not taken into a new round. */
    public boolean active = true;
    public String deactivationReason;
    @Version
    public long version;

    public static Optional<AssessmentSubject> byName(String name) {
        return find("name", name).firstResultOptional();
    }

    public static AssessmentSubject require(long id) {
        return AssessmentSubject.<AssessmentSubject>findByIdOptional(id)
                .orElseThrow(() -> gov.qinghai.followup.common.problem.Problems.notFound("subject", id));
    }
}
