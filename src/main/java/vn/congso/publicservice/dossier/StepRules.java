package vn.congso.publicservice.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import vn.congso.identity.Role;
import vn.congso.publicservice.ProcedureStep;
import vn.congso.shared.calendar.WorkingCalendar;

/** Who may act on a step, and how a hand-over compares with the step's deadline. */
public final class StepRules {

    /** The one-stop counter (bộ phận Một cửa) in the catalogue's steps. */
    public static final String COUNTER = "MC";
    public static final String LEADER = "LEADER";

    private StepRules() {
    }

    /** A step's actor is the counter (clerks), the leader, or a department (its officers and its head). */
    public static boolean mayAct(ProcedureStep step, Set<Role> roles, String departmentCode) {
        return switch (step.actor()) {
            case COUNTER -> roles.contains(Role.CLERK);
            case LEADER -> roles.contains(Role.LEADER);
            default -> (roles.contains(Role.OFFICER) || roles.contains(Role.HEAD)) && step.actor().equals(departmentCode);
        };
    }

    /**
     * EARLY when done on a day before the deadline's day, ON_TIME up to the deadline, LATE after it
     * (the three classes of the process-control slip, mẫu 04, and of QĐ 766/QĐ-TTg).
     */
    public static String timeliness(Instant doneAt, Instant due) {
        if (doneAt.isAfter(due)) {
            return "LATE";
        }
        LocalDate doneDay = LocalDate.ofInstant(doneAt, WorkingCalendar.VIETNAM);
        LocalDate dueDay = LocalDate.ofInstant(due, WorkingCalendar.VIETNAM);
        return doneDay.isBefore(dueDay) ? "EARLY" : "ON_TIME";
    }
}
