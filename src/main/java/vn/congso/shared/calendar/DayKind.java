package vn.congso.shared.calendar;

/** Why a day departs from the ordinary Monday–Friday working week. */
public enum DayKind {
    /** Ngày nghỉ lễ, Tết (BLLĐ 2019 Đ112), counted even when it falls on a weekend. */
    HOLIDAY,
    /** Nghỉ bù: a holiday fell on the weekly rest day (BLLĐ 2019 Đ111 k3). */
    COMPENSATORY,
    /** A working day swapped into a day off (hoán đổi ngày làm việc). */
    SWAP_OFF,
    /** A Saturday worked to make up for a swapped day off (làm bù). */
    SWAP_WORKDAY
}
