package gov.qinghai.followup.actionplan.domain;

/** 135号 三、(三): 定期督查, 专项督查, 现场督查, 明察暗访. */
public enum SupervisionKind {
    REGULAR("定期督查"), SPECIAL("专项督查"), ON_SITE("现场督查"), UNANNOUNCED("明察暗访");

    public final String label;

    SupervisionKind(String label) {
        this.label = label;
    }
}
