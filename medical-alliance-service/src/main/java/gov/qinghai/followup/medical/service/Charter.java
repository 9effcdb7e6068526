package gov.qinghai.followup.medical.service;

import gov.qinghai.followup.medical.domain.Alliance;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 140号 三(二)1: "医联体要制定章程,明确医联体组织性质、宗旨、任务、机构成员、管理体系、职责范围、工作规则". */
@Schema(name = "Charter", description = "章程: 组织性质、宗旨、任务、机构成员、管理体系、职责范围、工作规则")
public record Charter(
        @Size(max = 2000) @Schema(example = "非独立法人的医疗协作组织") String nature,
        @Size(max = 2000) @Schema(example = "推动优质医疗资源下沉,促进分级诊疗") String purpose,
        @Size(max = 2000) @Schema(example = "技术帮扶、人才培养、双向转诊") String tasks,
        @Size(max = 2000) @Schema(example = "牵头医院及县级医院、乡镇卫生院") String members,
        @Size(max = 2000) @Schema(example = "理事会领导下的院长负责制") String governance,
        @Size(max = 2000) @Schema(example = "主体单位与成员单位的责任、权利和义务") String responsibilities,
        @Size(max = 2000) @Schema(example = "双向转诊、医疗质量管理制度") String rules) {

    public static Charter of(Alliance a) {
        return new Charter(a.charterNature, a.charterPurpose, a.charterTasks, a.charterMembers, a.charterGovernance,
                a.charterResponsibilities, a.charterRules);
    }

    /** The 章程 items still empty, so the 卫生计生委 sees what an alliance has not yet written down. */
    public java.util.List<String> missing() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (blank(nature)) out.add("nature");
        if (blank(purpose)) out.add("purpose");
        if (blank(tasks)) out.add("tasks");
        if (blank(members)) out.add("members");
        if (blank(governance)) out.add("governance");
        if (blank(responsibilities)) out.add("responsibilities");
        if (blank(rules)) out.add("rules");
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
