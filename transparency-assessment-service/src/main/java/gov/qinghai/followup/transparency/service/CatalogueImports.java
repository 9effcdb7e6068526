package gov.qinghai.followup.transparency.service;

import gov.qinghai.followup.common.operations.OperationView;
import gov.qinghai.followup.common.operations.Operations;
import gov.qinghai.followup.common.operations.Work;
import gov.qinghai.followup.common.security.CurrentUser;
import gov.qinghai.followup.transparency.domain.PilotUnit;
import gov.qinghai.followup.transparency.service.views.PilotViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Imports a unit's 标准目录 (138号 四(二)) at once or as a tracked operation: a file of more than
 * {@link CatalogueImportConfig#asyncAboveRows()} data rows, or one sent with {@code Prefer: respond-async}, runs in the
 * background (kind {@value #KIND}, progress in rows, result = the {@link PilotViews.ImportResult}, a bad row = the
 * operation's 422 problem). Either way the import is one transaction: a bad row writes nothing.
 */
@ApplicationScoped
public class CatalogueImports {
    public static final String KIND = "catalogue-import";

    @Inject
    PilotService pilot;
    @Inject
    Operations operations;
    @Inject
    CurrentUser user;
    @Inject
    CatalogueImportConfig config;

    /** Either the import's result (done at once) or the operation that will do it; the other is null. */
    public record Started(PilotViews.ImportResult result, OperationView operation) {
    }

    /**
     * The unit, the caller's right to it and the header row are checked before anything starts (404, 403, 400 at
     * once); the rows themselves are checked by the import.
     */
    public Started start(long unitId, List<List<String>> rows, boolean preferAsync) {
        PilotUnit u = PilotService.requireUnit(unitId);
        user.requireUnit(u.name);
        PilotService.requireHeader(rows);
        long dataRows = PilotService.dataRows(rows);
        if (!preferAsync && dataRows <= config.asyncAboveRows()) {
            return new Started(pilot.importRows(unitId, rows, Work.Progress.NONE), null);
        }
        return new Started(null, operations.start(KIND, "rows", user.name(), progress -> {
            progress.total(dataRows);
            PilotViews.ImportResult result = pilot.importRows(unitId, rows, progress);
            return new Work.Outcome("/api/v1/pilot/units/" + unitId + "/catalogue", result);
        }, () -> {
        }));
    }
}
