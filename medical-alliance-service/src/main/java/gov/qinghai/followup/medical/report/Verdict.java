package gov.qinghai.followup.medical.report;

/**
 * A target verdict as a person reads it in an export: 已达标 / 未达标 (labels.properties). A figure without a verdict
 * (no figure, or a 全省 figure while a 市州 is missing) stays empty rather than being shown as either.
 */
public enum Verdict {
    MET, MISSED;

    public static Verdict of(Boolean met) {
        return met == null ? null : met ? MET : MISSED;
    }
}
