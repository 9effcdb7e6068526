package gov.qinghai.followup.medical.report;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a 卫生计生委 reads in the quarterly report beyond the per-市州 table: the notice's dates, 140号 二's 2020
 * membership target, the 县乡村一体化 pilots (三(一)4), the telemedicine network's reach (三(一)5), the assessment
 * indicators of 四(四) and the 三级公立医院's 再安排 of 五(一), each figure as of the quarter's last day with a note
 * in Chinese; and 家庭医生签约 by county and 重点人群 group against 三(二)3's targets.
 */
@Schema(name = "HealthCommissionSection")
public record CommissionSection(Notice notice,
                                CoverageQueries.MembershipCoverage membership,
                                @Schema(example = "截至2017-09-30，二级公立医院参与医联体 8/10（80.0%），政府办基层医疗卫生机构 "
                                        + "120/405（29.6%）；140号 二 要求到2020年全部参与。") String membershipNote,
                                CoverageQueries.PilotCoverage countyPilots,
                                @Schema(example = "每个市州2个县乡村一体化管理试点县（140号 三(一)4）：1个市州已达到，未达到："
                                        + "西宁市、海东市…") String countyPilotsNote,
                                CoverageQueries.TelemedicineReach telemedicine,
                                @Schema(example = "远程医疗协作网已接入县级医疗机构 12/44（27.3%）、乡镇卫生院 120/405（29.6%）"
                                        + "（140号 三(一)5）。") String telemedicineNote,
                                CountyContracting.Result familyDoctorByCounty,
                                AssessmentIndicators.Result indicators,
                                RearrangementObligation.Result rearrangement) {

    @Schema(name = "NoticeDates")
    public record Notice(@Schema(example = "140") String code,
                         @Schema(example = "青政办〔2017〕140号 …") String title,
                         @Schema(example = "2017-08-03") LocalDate issuedOn,
                         @Schema(example = "青海省人民政府办公厅 2017年8月3日") String issuedQuote,
                         @Schema(example = "2017-09-02") LocalDate effectiveOn,
                         @Schema(example = "本实施方案自2017年9月2日起施行") String effectiveQuote) {
    }
}
