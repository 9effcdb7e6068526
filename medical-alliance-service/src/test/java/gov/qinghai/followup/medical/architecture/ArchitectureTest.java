package gov.qinghai.followup.medical.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import gov.qinghai.followup.common.testing.PlatformRules;

/** This service's main classes keep the platform rules (service-common's PlatformRules) every service keeps. */
@AnalyzeClasses(packages = "gov.qinghai.followup.medical", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests platform = ArchTests.in(PlatformRules.class);
}
