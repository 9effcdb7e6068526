package gov.qinghai.followup.medical.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A county-level division of a 市州 as of 2017 (reference data, read-only). */
@Entity
public class County extends PanacheEntityBase {
    @Id
    public Long id;
    public Long prefectureId;
    public String name;
    /** DISTRICT, COUNTY, AUTONOMOUS_COUNTY, COUNTY_CITY or ADMIN_COMMITTEE (行委). */
    public String kind;
}
