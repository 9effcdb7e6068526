package gov.qinghai.followup.common.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import gov.qinghai.followup.common.testing.PlatformRules;

/** service-common's own main classes keep the time rule the services keep. */
@AnalyzeClasses(packages = "gov.qinghai.followup.common", importOptions = ImportOption.DoNotIncludeTests.class)
class CommonArchitectureTest {
    @ArchTest
    static final ArchRule noNowWithoutClock = PlatformRules.NO_NOW_WITHOUT_CLOCK;
}
