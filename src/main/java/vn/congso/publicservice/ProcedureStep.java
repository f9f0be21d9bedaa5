package vn.congso.publicservice;

/**
 * A step of the internal process (quy trình nội bộ).
 *
 * @param actor           department code (e.g. {@code MC}, {@code TP-HT}) or role ({@code LEADER})
 * @param allowanceHours  office hours the step may take
 */
public record ProcedureStep(int position, String actor, String description, int allowanceHours) {
}
