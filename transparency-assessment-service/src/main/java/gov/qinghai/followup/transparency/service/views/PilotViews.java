package gov.qinghai.followup.transparency.service.views;

import gov.qinghai.followup.common.labels.Labels;
import gov.qinghai.followup.transparency.domain.CatalogueItem;
import gov.qinghai.followup.transparency.domain.PilotArea;
import gov.qinghai.followup.transparency.domain.PilotMilestone;
import gov.qinghai.followup.transparency.domain.Statuses;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DTOs of the 138号 grassroots pilot. */
public final class PilotViews {
    private PilotViews() {
    }

    @Schema(name = "PilotArea")
    public record Area(
            @Schema(example = "100") Long id,
            @Schema(example = "1") int seq,
            @Schema(example = "就业创业") String name,
            @Schema(example = "ATTACHMENT", description = "ATTACHMENT (试点单位及试点内容表) or ADDED") String source,
            @Schema(example = "试点单位及试点内容表所列") String sourceLabel,
            @Schema(example = "1052", description = "line of the gazette text the attachment row is printed on; null"
                    + " for an ADDED area") Integer gazetteLine,
            @Schema(example = "the cell (gazette line 1052) ends in '等方面' after this area: …", description = "what"
                    + " was read beyond the printed cell; null when nothing was") String dataNote) {
        public static Area of(PilotArea a) {
            return new Area(a.id, a.seq, a.name, a.source,
                    Labels.get().of(Statuses.AreaSource.valueOf(a.source)), a.gazetteLine, a.dataNote);
        }
    }

    @Schema(name = "PilotAreaSummary", description = "One 试点内容 of a unit with its 标准目录 items")
    public record AreaSummary(
            @Schema(example = "100") Long id,
            @Schema(example = "1") int seq,
            @Schema(example = "城乡规划") String name,
            @Schema(example = "ATTACHMENT") String source,
            @Schema(example = "12") long items,
            @Schema(example = "3", description = "latest catalogue revision among its items; null without items")
            Integer latestRevision) {
    }

    @Schema(name = "AcceptanceChecklistItem", description = "A requirement of 138号 五(三) 验收 and its state here")
    public record ChecklistItem(
            @Schema(example = "STANDARD_CATALOGUE") String code,
            @Schema(example = "政务公开事项标准目录（每个试点内容）") String requirement,
            @Schema(example = "138号 四(二)、五(三)") String basis,
            @Schema(example = "OPEN", description = "MET, OPEN, MISSING, or NOT_TRACKED (not held by this service:"
                    + " never counted as met)") String status,
            @Schema(example = "未达到") String statusLabel,
            @Schema(example = "7 of 8 试点内容 have catalogue items; without: [城乡规划]") String evidence) {
        public ChecklistItem(String code, String requirement, String basis, String status, String evidence) {
            this(code, requirement, basis, status, Labels.get().of(Statuses.ChecklistState.valueOf(status)), evidence);
        }
    }

    @Schema(name = "PilotMilestone", description = "138号 五 工作进度安排")
    public record Milestone(
            @Schema(example = "100") Long id,
            @Schema(example = "100") Long unitId,
            @Schema(example = "PLAN_FILED") String code,
            @Schema(example = "具体方案备案") String codeLabel,
            @Schema(example = "具体方案报送省政务公开领导小组办公室备案（2017年8月底前）") String title,
            @Schema(example = "2017-08-31") LocalDate dueOn,
            @Schema(example = "PENDING") String status,
            @Schema(example = "未完成") String statusLabel,
            @Schema(example = "2017-08-28") LocalDate completedOn,
            @Schema(example = "城北区试点方案已备案") String note,
            @Schema(example = "0") long version) {
        public static Milestone of(PilotMilestone m) {
            return new Milestone(m.id, m.unitId, m.code,
                    Labels.get().of(Statuses.MilestoneCode.valueOf(m.code)), m.title, m.dueOn, m.status,
                    Labels.get().of(Statuses.MilestoneStatus.valueOf(m.status)), m.completedOn, m.note, m.version);
        }
    }

    @Schema(name = "PilotUnit")
    public record Unit(
            @Schema(example = "100") Long id,
            @Schema(example = "1") int seq,
            @Schema(example = "西宁市", description = "组织实施市州") String prefecture,
            @Schema(example = "城北区") String name,
            @Schema(example = "0", description = "标准目录 revision, +1 on every adjustment") int catalogueRevision,
            @Schema(example = "gk@chengbei.gov.cn", description = "where the unit's milestone reminders are e-mailed")
            String contactEmail,
            List<Area> areas,
            List<Milestone> milestones,
            @Schema(example = "0") long version) {
    }

    @Schema(name = "PilotUnitUpdate", description = "The unit's contact address; send the version you read")
    public record UnitUpdate(
            @Email @Pattern(regexp = ContactEmail.PATTERN, message = ContactEmail.MESSAGE)
            @Size(max = 200) @Schema(example = "gk@chengbei.gov.cn", description = "null: reminders go only to the webhook")
            String contactEmail,
            @NotNull @Schema(example = "0") Long version) {
    }

    @Schema(name = "MilestoneUpdate")
    public record MilestoneUpdate(
            @NotNull @Pattern(regexp = "PENDING|DONE", message = "must be PENDING or DONE") @Schema(example = "DONE")
            String status,
            @Schema(example = "2017-08-28") LocalDate completedOn,
            @Size(max = 2000) @Schema(example = "城北区试点方案已备案") String note,
            @NotNull @Schema(example = "0") Long version) {
    }

    @Schema(name = "PilotAreaInput", description = "138号 三(二): 试点地区可以结合实际适当增加试点内容")
    public record AreaInput(@NotBlank @Size(max = 50) @Schema(example = "政务服务") String name) {
    }

    @Schema(name = "CatalogueItemInput", description = "标准目录 item: the seven elements of 138号 四(二)")
    public record ItemInput(
            @NotBlank @Size(max = 50) @Schema(example = "就业创业") String area,
            @NotBlank @Size(max = 300) @Schema(example = "创业担保贷款政策", description = "名称") String name,
            @NotBlank @Size(max = 2000) @Schema(example = "《就业促进法》", description = "依据") String basis,
            @NotBlank @Size(max = 4000) @Schema(example = "申请条件、额度、贴息标准", description = "内容") String content,
            @NotBlank @Size(max = 300) @Schema(example = "城北区人社局", description = "主体") String responsibleBody,
            @NotBlank @Size(max = 300) @Schema(example = "信息形成或变更之日起20个工作日内", description = "时限")
            String timeLimit,
            @NotBlank @Size(max = 500) @Schema(example = "政府网站、公示栏", description = "方式") String method,
            @NotBlank @Size(max = 2000) @Schema(example = "全文公开，及时更新", description = "要求") String requirement,
            @Schema(example = "0", description = "required on update") Long version) {
    }

    @Schema(name = "CatalogueItem")
    public record Item(
            @Schema(example = "100") Long id,
            @Schema(example = "就业创业") String area,
            @Schema(example = "创业担保贷款政策") String name,
            @Schema(example = "《就业促进法》") String basis,
            @Schema(example = "申请条件、额度、贴息标准") String content,
            @Schema(example = "城北区人社局") String responsibleBody,
            @Schema(example = "信息形成或变更之日起20个工作日内") String timeLimit,
            @Schema(example = "政府网站、公示栏") String method,
            @Schema(example = "全文公开，及时更新") String requirement,
            @Schema(example = "1", description = "catalogue revision of the last change") int revision,
            @Schema(example = "0") long version) {
        public static Item of(CatalogueItem c, String area) {
            return new Item(c.id, area, c.name, c.basis, c.content, c.responsibleBody, c.timeLimit, c.method,
                    c.requirement, c.revision, c.version);
        }
    }

    @Schema(name = "CatalogueImportResult")
    public record ImportResult(
            @Schema(example = "2") int revision,
            @Schema(example = "3") int created,
            @Schema(example = "1") int updated,
            @Schema(example = "5") int unchanged) {
    }
}
