package vn.congso.publicservice.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congso.publicservice.CalendarManagement;
import vn.congso.shared.CongsoException;
import vn.congso.shared.calendar.CalendarDay;
import vn.congso.shared.calendar.DayKind;
import vn.congso.shared.calendar.WorkingCalendar;

/** Lịch làm việc: the days announced each year, which the calendar applies over the statutory rules. */
@Controller
@PreAuthorize("hasAuthority('CALENDAR_MANAGE')")
class CalendarController {

    private final CalendarManagement calendar;

    CalendarController(CalendarManagement calendar) {
        this.calendar = calendar;
    }

    /** Form backing object of "add a day". */
    static class DayForm {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        private DayKind kind;
        private String note;

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public DayKind getKind() {
            return kind;
        }

        public void setKind(DayKind kind) {
            this.kind = kind;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    @GetMapping("/quan-tri/lich-lam-viec")
    String list(@RequestParam(name = "nam", required = false) Integer year, Model model) {
        DayForm form = new DayForm();
        model.addAttribute("day", form);
        return page(year == null ? Year.now(WorkingCalendar.VIETNAM).getValue() : year, model);
    }

    @PostMapping("/quan-tri/lich-lam-viec")
    String add(@ModelAttribute("day") DayForm form, BindingResult binding, Model model) {
        if (form.getDate() == null && !binding.hasFieldErrors("date")) {
            binding.rejectValue("date", "publicservice.calendar.error.date-required");
        }
        if (form.getKind() == null && !binding.hasFieldErrors("kind")) {
            binding.rejectValue("kind", "publicservice.calendar.error.kind-required");
        }
        if (form.getDate() != null && form.getKind() != null) {
            boolean weekend = form.getDate().getDayOfWeek() == DayOfWeek.SATURDAY || form.getDate().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (form.getKind() == DayKind.SWAP_WORKDAY && !weekend) {
                binding.rejectValue("kind", "publicservice.calendar.error.workday-not-weekend");
            } else if ((form.getKind() == DayKind.SWAP_OFF || form.getKind() == DayKind.COMPENSATORY) && weekend) {
                binding.rejectValue("kind", "publicservice.calendar.error.off-on-weekend");
            }
        }
        if (!binding.hasErrors()) {
            try {
                String note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip();
                calendar.add(new CalendarDay(form.getDate(), form.getKind(), note));
                return "redirect:/quan-tri/lich-lam-viec?nam=" + form.getDate().getYear();
            } catch (CongsoException e) {
                binding.rejectValue("date", "publicservice.calendar.error.exists");
            }
        }
        return page(form.getDate() == null ? Year.now(WorkingCalendar.VIETNAM).getValue() : form.getDate().getYear(), model);
    }

    @PostMapping("/quan-tri/lich-lam-viec/xoa")
    String remove(@RequestParam(name = "ngay", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        // optional so that the permission check, not argument binding, answers a request without a date
        if (date == null) {
            return "redirect:/quan-tri/lich-lam-viec";
        }
        calendar.remove(date);
        return "redirect:/quan-tri/lich-lam-viec?nam=" + date.getYear();
    }

    private String page(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("days", calendar.announcedDays(year));
        model.addAttribute("effective", calendar.calendar().specialDays(year));
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("cutOffHour", calendar.cutOffHour());
        return "publicservice/calendar";
    }
}
