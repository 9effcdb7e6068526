package gov.qinghai.followup.common.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document an office sends upward (公文), laid out by {@link DocxWriter} and {@link PdfWriter} after GB/T 9704-2012
 * 党政机关公文格式: 版头 (发文机关标志 in red over a red 分隔线), 标题, 主送机关, 正文 (headings, paragraphs, tables, charts),
 * 附件说明, 发文机关署名 and 成文日期. The wording is the service's (each notice's own targets and terms); this record only
 * carries it.
 *
 * @param fileName   the download's name without extension (may be Chinese)
 * @param letterhead the 发文机关标志 of the 版头 (GB/T 9704-2012 7.2.3); null for a document without 版头
 */
public record OfficialDocument(String title, String recipient, List<Block> body, List<String> attachments,
                               String issuer, LocalDate date, String fileName, String letterhead) {
    /**
     * The office whose name heads the notices 134号 to 140号 (each opens with "青海省人民政府办公厅" above its title): the
     * 发文机关标志 of the reports written under them unless a service names another.
     */
    public static final String GENERAL_OFFICE = "青海省人民政府办公厅";

    public OfficialDocument {
        Objects.requireNonNull(title, "title");
        body = List.copyOf(body);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        letterhead = letterhead == null || letterhead.isBlank() ? null : letterhead.strip();
    }

    /** A document under the 版头 of {@link #GENERAL_OFFICE}. */
    public OfficialDocument(String title, String recipient, List<Block> body, List<String> attachments, String issuer,
                            LocalDate date, String fileName) {
        this(title, recipient, body, attachments, issuer, date, fileName, GENERAL_OFFICE);
    }

    /** The charts of the body, in order (the XLSX export carries them as native charts too). */
    public List<Chart> charts() {
        return body.stream().filter(Chart.class::isInstance).map(Chart.class::cast).toList();
    }

    /** A part of the 正文. */
    public sealed interface Block permits Heading, Paragraph, Table, Chart {
    }

    /** 一级标题 (黑体), e.g. "一、总体进展". */
    public record Heading(String text) implements Block {
    }

    /** A paragraph of the 正文 (仿宋, first line indented two characters). */
    public record Paragraph(String text) implements Block {
    }

    /** A table with its caption (表题), a header row and its rows, every cell as it is to be read. */
    public record Table(String caption, List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
        }
    }

    /**
     * A clustered bar chart: one bar per category and series, e.g. 履约率 per 市州 beside the target of 2017-12-31.
     * A value may be null (no figure): no bar, and the label says so.
     */
    public record Chart(String title, String unit, List<String> categories, List<Series> series) implements Block {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                            + " values for " + categories.size() + " categories");
                }
            }
        }
    }

    /** One series of a chart: its name (图例) and a value per category. */
    public record Series(String name, List<BigDecimal> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** A figure as the document prints it: the exact decimal as stored (71.05, 70), nothing rounded. */
    public static String figure(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

    /** 成文日期 as GB/T 9704-2012 7.3.5.1 writes it: Arabic numerals, 年月日 without leading zeros. */
    public static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
