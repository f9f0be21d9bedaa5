package vn.congso.publicservice;

import java.util.ArrayList;
import java.util.List;

/** Mức độ dịch vụ công trực tuyến (NĐ42 Đ11 k1). Never entered: computed from {@link ProcedureFlags}. */
public enum OnlineLevel {
    /** Toàn trình: everything, from submission to result, online (NĐ42 Đ11 k1 a). */
    FULL,
    /** Một phần: any service that does not meet point a (NĐ42 Đ11 k1 b). */
    PARTIAL;

    /** Why a procedure is at its level; each has a Vietnamese explanation {@code publicservice.level.reason.<name>}. */
    public enum Reason {
        ALL_ONLINE,
        PRESENCE_REQUIRED,
        SITE_VERIFICATION,
        RESULT_PAPER_ONLY,
        FEE_NOT_PAYABLE_ONLINE,
        NO_EFORM;

        public String messageKey() {
            return "publicservice.level.reason." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A level and every reason for it. */
    public record Assessment(OnlineLevel level, List<Reason> reasons) {
    }

    public static Assessment assess(ProcedureFlags flags) {
        List<Reason> reasons = new ArrayList<>();
        // NĐ42 Đ11 k1 (đoạn cuối): presence or on-site verification required by law keeps a step off-line
        if (flags.requiresPresence()) {
            reasons.add(Reason.PRESENCE_REQUIRED);
        }
        if (flags.requiresSiteVerification()) {
            reasons.add(Reason.SITE_VERIFICATION);
        }
        // NĐ42 Đ11 k1 a: the result is returned online or by public postal service
        if (flags.resultPaperOnly()) {
            reasons.add(Reason.RESULT_PAPER_ONLY);
        }
        // NĐ42 Đ11 k1 a: "việc thực hiện và giải quyết ... đều được thực hiện trên môi trường mạng", payment included
        if (flags.feeCharged() && !flags.feePayableOnline()) {
            reasons.add(Reason.FEE_NOT_PAYABLE_ONLINE);
        }
        // NĐ42 Đ11 k2 b, Đ12 k3: online submission is through an interactive e-form
        if (!flags.eformAvailable()) {
            reasons.add(Reason.NO_EFORM);
        }
        return reasons.isEmpty()
                ? new Assessment(FULL, List.of(Reason.ALL_ONLINE))
                : new Assessment(PARTIAL, List.copyOf(reasons));
    }
}
