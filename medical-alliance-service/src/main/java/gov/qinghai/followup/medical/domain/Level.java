package gov.qinghai.followup.medical.domain;

/** Hospital grade: 三级, 二级, 一级/基层. The rank orders referrals: up goes to a higher rank. */
public enum Level {
    PRIMARY(1), SECONDARY(2), TERTIARY(3);

    public final int rank;

    Level(int rank) {
        this.rank = rank;
    }
}
