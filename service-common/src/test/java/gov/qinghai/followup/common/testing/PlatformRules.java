package gov.qinghai.followup.common.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The rules every service is built by, run by each service's ArchitectureTest
 * ({@code @ArchTest static final ArchTests platform = ArchTests.in(PlatformRules.class)}) over its main classes, so
 * the next service cannot drift from them.
 */
public final class PlatformRules {
    private PlatformRules() {
    }

    private static final Set<String> TIME_TYPES = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.Instant", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.YearMonth", "java.time.Year", "java.time.MonthDay");

    /** A {@code now()} or {@code now(ZoneId)} of java.time: "today" taken from the host instead of the Clock. */
    static final DescribedPredicate<JavaMethodCall> NOW_WITHOUT_CLOCK = new DescribedPredicate<>(
            "now() of java.time without a Clock argument") {
        @Override
        public boolean test(JavaMethodCall call) {
            var target = call.getTarget();
            if (!target.getName().equals("now") || !TIME_TYPES.contains(target.getOwner().getName())) {
                return false;
            }
            List<String> params = target.getRawParameterTypes().stream().map(t -> t.getName()).toList();
            return !params.equals(List.of(Clock.class.getName()));
        }
    };

    /**
     * Business time comes from the injected Clock (Asia/Shanghai, common.time.ClockProducer): {@code now()} in the
     * host's zone makes a 07:30 北京时间 job on a UTC host process yesterday, and a test cannot set the day.
     */
    @ArchTest
    public static final ArchRule NO_NOW_WITHOUT_CLOCK = noClasses().should().callMethodWhere(NOW_WITHOUT_CLOCK)
            .because("time comes from the injected Clock in Asia/Shanghai (LocalDate.now(clock), Instant.now(clock))");

    /**
     * Transactions start in the use cases ({@code service}) and jobs, never in a resource: a resource that starts one
     * mixes HTTP with the unit of work, and two resources doing the same write start it differently.
     */
    @ArchTest
    public static final ArchRule RESOURCES_START_NO_TRANSACTIONS = FreezingArchRule.freeze(noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("..api..")
            .should().beAnnotatedWith(jakarta.transaction.Transactional.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(jakarta.transaction.Transactional.class)
            .because("transactions start in the service layer (or a job), not in a resource"));

    /** Resources read and write through the service layer, not through Panache entities or repositories. */
    @ArchTest
    public static final ArchRule RESOURCES_USE_NO_PANACHE = FreezingArchRule.freeze(noClasses()
            .that().resideInAPackage("..api..")
            .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                    JavaClass.Predicates.assignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                            .or(JavaClass.Predicates.assignableTo(
                                    "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")))))
            .because("a resource is thin: queries and writes belong to the service layer"));

    /** The domain (entities and the notices' rules) knows nothing of HTTP or use cases. */
    @ArchTest
    public static final ArchRule DOMAIN_IMPORTS_NO_UPPER_LAYER = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..", "..service..")
            .because("layers import downwards only: api → service → domain");

    /**
     * Use cases know nothing of HTTP: a service takes and returns its own types (or the domain's), never a resource's
     * request or response record, so the same use case serves a resource, a job and an import alike.
     */
    @ArchTest
    public static final ArchRule SERVICES_IMPORT_NO_API = noClasses().that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAPackage("gov.qinghai.followup.*.api..")
            .because("layers import downwards only: api → service → domain (a peer's generated client, "
                    + "gov.qinghai.followup.client.<service>.api, is no resource of this service)");

    /** The top-level packages of a service (api, service, domain, jobs, report, config) form no cycle. */
    @ArchTest
    public static final ArchRule NO_PACKAGE_CYCLES = FreezingArchRule.freeze(
            SlicesRuleDefinition.slices().matching("gov.qinghai.followup.(*).(*)..").should().beFreeOfCycles()
                    .because("a cycle between packages makes every layer depend on every other"));
}