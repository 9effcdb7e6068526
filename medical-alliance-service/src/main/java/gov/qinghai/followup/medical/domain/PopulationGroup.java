package gov.qinghai.followup.medical.domain;

/**
 * Whom a county's 家庭医生签约 figure counts: all residents, or one group of the 重点人群 that 140号 三(二)3's second
 * target ("重点人群覆盖率达到60%以上", 2018 85 %) is about — the groups of the national 家庭医生签约服务 guidance
 * (老年人、孕产妇、儿童、残疾人、慢性病患者、贫困人口). Groups overlap (an elderly chronic patient is in two), so they
 * are never added up.
 */
public enum PopulationGroup {
    RESIDENTS, ELDERLY, MATERNAL, CHILDREN, DISABLED, CHRONIC, POOR;

    public boolean keyPopulation() {
        return this != RESIDENTS;
    }
}
