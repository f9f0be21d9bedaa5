package vn.congso.publicservice;

/**
 * How a procedure is carried out, as far as it decides the online level (NĐ42 Đ11 k1).
 *
 * @param requiresPresence         the applicant must appear in person (e.g. to sign before the officer)
 * @param requiresSiteVerification the agency must verify on site (thẩm tra, xác minh tại hiện trường)
 * @param resultPaperOnly          the result is only handed over on paper at the agency: neither online
 *                                 nor by public postal service (NĐ42 Đ11 k1 a allows either)
 * @param feeCharged               a fee or charge is payable
 * @param feePayableOnline         the fee can be paid online
 * @param eformAvailable           an interactive e-form exists for submission online
 */
public record ProcedureFlags(boolean requiresPresence, boolean requiresSiteVerification, boolean resultPaperOnly,
                             boolean feeCharged, boolean feePayableOnline, boolean eformAvailable) {
}
