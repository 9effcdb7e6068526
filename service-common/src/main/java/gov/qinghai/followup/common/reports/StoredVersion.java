package gov.qinghai.followup.common.reports;

/**
 * A version as stored: its description, its content (JSON text, for exports) and its body: what the JSON answer
 * carries after the version fields (content, without its item rows when they are read a page at a time, and without
 * the names of the version fields).
 */
public record StoredVersion(long id, PeriodReportVersion version, String content, String body) {
}
