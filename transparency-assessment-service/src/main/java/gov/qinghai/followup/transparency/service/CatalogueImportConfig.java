package gov.qinghai.followup.transparency.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The 标准目录 import: how many rows a file may have before it is imported as a tracked operation. */
@ConfigMapping(prefix = "transparency.catalogue-import")
public interface CatalogueImportConfig {
    /**
     * Data rows above which an import answers 202 with an operation instead of waiting for the result
     * (CATALOGUE_IMPORT_ASYNC_ABOVE_ROWS). One unit's catalogue is tens to hundreds of rows: those answer at once.
     */
    @WithDefault("1000")
    int asyncAboveRows();
}
