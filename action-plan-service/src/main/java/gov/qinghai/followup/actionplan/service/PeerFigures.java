package gov.qinghai.followup.actionplan.service;

import gov.qinghai.followup.client.medical.model.FamilyDoctorCoverage;
import gov.qinghai.followup.client.medical.model.FamilyDoctorCoverageRow;
import gov.qinghai.followup.client.medical.model.PrefectureAllianceCoverage;
import gov.qinghai.followup.client.medical.model.PrefectureAllianceCoverageReport;
import gov.qinghai.followup.client.projects.model.RateLine;
import gov.qinghai.followup.client.projects.model.Result;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A linked indicator's figures per scope (全省 or a 市州) read from a peer's typed answer, by the indicator's
 * {@code linked_key}: the peers' own field names, so the mapping below names the generated models' getters and a
 * renamed field fails to compile. Targets the peers echo (milestone, target) are not read: the indicator's own target
 * and comparator judge the figure. An unknown key gives no figures (the status then says the peer had none for it).
 */
final class PeerFigures {
    static final String PROVINCE = "全省";

    private PeerFigures() {
    }

    /** project-tracking-service GET /api/v1/rates: the fair's overall 履约率/开工率/资金到位率 (135号 任务39). */
    static Map<String, BigDecimal> rates(Result answer, String key) {
        Function<RateLine, BigDecimal> figure = switch (key) {
            case "contractFulfilmentRate" -> RateLine::getContractFulfilmentRate;
            case "constructionStartRate" -> RateLine::getConstructionStartRate;
            case "fundsInPlaceRate" -> RateLine::getFundsInPlaceRate;
            default -> null;
        };
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (answer != null && figure != null && answer.getOverall() != null) {
            put(out, PROVINCE, figure.apply(answer.getOverall()));
        }
        return out;
    }

    /** medical-alliance-service GET /api/v1/family-doctor/coverage: 全省 and each 市州 (135号 任务29, 140号). */
    static Map<String, BigDecimal> familyDoctors(FamilyDoctorCoverage answer, String key) {
        Function<FamilyDoctorCoverageRow, BigDecimal> figure = switch (key) {
            case "coveragePct" -> FamilyDoctorCoverageRow::getCoveragePct;
            case "keyCoveragePct" -> FamilyDoctorCoverageRow::getKeyCoveragePct;
            default -> null;
        };
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (answer == null || figure == null) {
            return out;
        }
        if (answer.getProvince() != null) {
            put(out, PROVINCE, figure.apply(answer.getProvince()));
        }
        for (FamilyDoctorCoverageRow row : nonNull(answer.getPrefectures())) {
            put(out, row.getPrefecture(), figure.apply(row));
        }
        return out;
    }

    /** medical-alliance-service GET /api/v1/coverage/prefectures: alliances per 市州 (135号 任务29, 140号 二). */
    static Map<String, BigDecimal> alliances(PrefectureAllianceCoverageReport answer, String key) {
        Function<PrefectureAllianceCoverage, Long> figure = switch (key) {
            case "effectiveAlliances" -> PrefectureAllianceCoverage::getEffectiveAlliances;
            case "establishedAlliances" -> PrefectureAllianceCoverage::getEstablishedAlliances;
            default -> null;
        };
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (answer == null || figure == null) {
            return out;
        }
        for (PrefectureAllianceCoverage row : nonNull(answer.getPrefectures())) {
            Long v = figure.apply(row);
            put(out, row.getPrefecture(), v == null ? null : BigDecimal.valueOf(v));
        }
        return out;
    }

    private static void put(Map<String, BigDecimal> out, String scope, BigDecimal value) {
        if (scope != null && value != null) {
            out.put(scope, value);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
