package gov.qinghai.followup.common.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
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
}
