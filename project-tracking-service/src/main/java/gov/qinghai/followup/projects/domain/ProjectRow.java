package gov.qinghai.followup.projects.domain;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of a fair's table (the seed CSV, an admin's CSV or XLSX import) and the content checks every
 * row gets. Structural flags from the gazette parser arrive in {@code sourceFlags}.
 */
public record ProjectRow(int seq, String unit, String name, String partyA, String partyB,
                         BigDecimal totalInvestment, String fundSources, String responsibleLeader,
                         String responsiblePersons, Integer sourceLine, Set<QualityFlag> sourceFlags) {
    private static final Pattern LATIN_NAME = Pattern.compile("^[A-Za-z][A-Za-z .'-]+$");
    private static final Pattern PARTY_NOTE = Pattern.compile("[（(]按[^)）]*[)）]");

    public Set<QualityFlag> flags() {
        Set<QualityFlag> flags = new LinkedHashSet<>(sourceFlags);
        boolean nameOnly = flags.contains(QualityFlag.NAME_ONLY);
        if (!nameOnly) {
            if (blank(partyA) || blank(partyB)) {
                flags.add(QualityFlag.MISSING_PARTY);
            }
            if (totalInvestment == null) {
                flags.add(QualityFlag.MISSING_AMOUNT);
            }
            if (blank(responsibleLeader)) {
                flags.add(QualityFlag.MISSING_LEADER);
            }
            if (blank(responsiblePersons)) {
                flags.add(QualityFlag.MISSING_PERSON);
            }
        }
        if (partyB != null && partyB.contains("自然人")) {
            flags.add(QualityFlag.NATURAL_PERSON_PARTY);
        }
        FundSources.Normalised funds = FundSources.normalise(fundSources);
        if (funds.foreign() || Names.split(partyB).stream().anyMatch(p -> LATIN_NAME.matcher(p).matches())) {
            flags.add(QualityFlag.FOREIGN_PARTY);
        }
        if (!funds.unknown().isEmpty()) {
            flags.add(QualityFlag.UNKNOWN_FUND_SOURCE);
        }
        if (partyB != null && PARTY_NOTE.matcher(partyB).find()) {
            flags.add(QualityFlag.PARTY_NOTE);
        }
        if (Names.hasBrokenName(responsiblePersons) || Names.hasBrokenName(responsibleLeader)) {
            flags.add(QualityFlag.NAME_SPACING);
        }
        return flags;
    }

    public List<String> fundProvinces() {
        return FundSources.normalise(fundSources).places();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
