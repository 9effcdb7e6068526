package gov.qinghai.followup.medical.domain;

/** 公立 (government-run) or 社会办 (private); 140号 二: the 2020 target counts public ones only. */
public enum Ownership {
    PUBLIC, PRIVATE
}
