package vn.congso.publicservice;

import java.util.Locale;

/**
 * The indicators of Decision 766/QĐ-TTg (23/6/2022, Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng
 * phục vụ người dân, doanh nghiệp …): five groups — 1 Công khai, minh bạch (18 points), 2 Tiến độ, kết
 * quả giải quyết (20), 3 Số hóa hồ sơ (22), 4 Cung cấp dịch vụ trực tuyến (22), 5 Mức độ hài lòng (18).
 * Numbers are group.position in the decision's order. Name and formula are message keys
 * {@code dossier.qd766.<key>} and {@code dossier.qd766.<key>.formula}.
 *
 * @param maxPoints     the indicator's maximum points; {@code pointsVerified} false where the split of a
 *                      group's points between its indicators was not confirmed against the decision's appendix
 * @param targetPercent the rate at which the full points are earned; below it the points are proportional
 * @param supported     whether this installation holds the data to compute it
 */
public enum Qd766Indicator {
    PUBLISHED_ON_TIME("1.1", 4, true, 100, false),
    SYNCHRONISED_TO_NATIONAL_PORTAL("1.2", 14, false, 100, false),
    ON_TIME("2.1", 20, true, 100, true),
    E_RESULT("3.1", 8, false, 100, true),
    DIGITISED("3.2", 7, false, 100, true),
    DATA_REUSE("3.3", 7, false, 100, true),
    FULL_PROCESS_SERVICES("4.1", 8, false, 100, true),
    ONLINE_PAYMENT("4.2", 7, false, 100, false),
    ONLINE_DOSSIERS("4.3", 7, false, 60, true),
    FEEDBACK_ON_TIME("5.1", 6, false, 100, false),
    FEEDBACK_SATISFACTION("5.2", 6, false, 100, false),
    PROCEDURE_SATISFACTION("5.3", 6, true, 100, true);

    private final String number;
    private final int maxPoints;
    private final boolean pointsVerified;
    private final int targetPercent;
    private final boolean supported;

    Qd766Indicator(String number, int maxPoints, boolean pointsVerified, int targetPercent, boolean supported) {
        this.number = number;
        this.maxPoints = maxPoints;
        this.pointsVerified = pointsVerified;
        this.targetPercent = targetPercent;
        this.supported = supported;
    }

    public String number() {
        return number;
    }

    public int maxPoints() {
        return maxPoints;
    }

    public boolean pointsVerified() {
        return pointsVerified;
    }

    public int targetPercent() {
        return targetPercent;
    }

    public boolean supported() {
        return supported;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Points earned at a rate: full at or above the target, proportional below; null when not scored. */
    public Double points(Double percent) {
        if (percent == null) {
            return null;
        }
        return Math.round(10.0 * maxPoints * Math.min(percent, targetPercent) / targetPercent) / 10.0;
    }
}
