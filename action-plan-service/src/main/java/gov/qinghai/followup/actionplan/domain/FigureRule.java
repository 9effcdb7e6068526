package gov.qinghai.followup.actionplan.domain;

/**
 * How the figures of several units (or a peer's 市州) combine into the one an indicator is judged by. 135号 二 gives
 * each task a 牵头单位 who answers for it and 责任单位 who share the work: by default the lead's figure is the
 * province's, and a responsible unit's figure (its own part, e.g. 省教育厅's university spin-offs for 任务17) is
 * shown beside it, never in its place. An admin sets another rule where the notice asks it.
 */
public enum FigureRule {
    /**
     * One figure stands for the province: the latest of the unit(s) owing the task's report (its 牵头单位; where the
     * notice names none, its 责任单位); for a peer-measured indicator the peer's 全省 figure, 市州 figures beside it.
     */
    PROVINCE("the lead unit's figure stands for the province"),
    /** Each unit reports its own share and the province's figure is their sum (each unit's latest). */
    SUM("the units' figures add up"),
    /** Every unit (or 市州) must reach the target, so the weakest counts (e.g. 各市（州）年底前至少建成一个). */
    WEAKEST("the weakest figure counts");

    public final String description;

    FigureRule(String description) {
        this.description = description;
    }
}
