package gov.qinghai.followup.projects.domain;

/** Data-quality flags of a project row; none of them drops or changes the row's values. */
public enum QualityFlag {
    /** The row's values sit two columns to the right in the source and were read from there. */
    SHIFTED_COLUMNS,
    /** The row gives a name and nothing else. */
    NAME_ONLY,
    /** A name-only row right under a full row: the original probably merged its cells downwards. */
    POSSIBLY_MERGED_CELLS,
    MISSING_PARTY,
    MISSING_AMOUNT,
    MISSING_LEADER,
    MISSING_PERSON,
    /** 乙方 is 自然人 (a natural person), not a company. */
    NATURAL_PERSON_PARTY,
    /** 乙方 or the fund source is outside mainland China's provinces (a foreign country, an institution). */
    FOREIGN_PARTY,
    /** 乙方 carries a note such as (按实际引入资金计). */
    PARTY_NOTE,
    /** A person's name is broken by a space (孙 静). */
    NAME_SPACING,
    /** A fund source that is neither a province, a known city nor a known country. */
    UNKNOWN_FUND_SOURCE,
    /** Another row of the same fair has the same project name. */
    DUPLICATE_NAME,
    /** The total investment lies far outside the fair's distribution (see the reconciliation report). */
    STATISTICAL_OUTLIER
}
