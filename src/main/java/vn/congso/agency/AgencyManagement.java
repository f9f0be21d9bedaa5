package vn.congso.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.agency.AgencyProfileUpdated.FieldChange;
import vn.congso.agency.domain.ProfileRules;
import vn.congso.agency.domain.RuleViolation;
import vn.congso.agency.persistence.AgencyRepository;
import vn.congso.shared.CongsoException;
import vn.congso.shared.ReadThroughCache;

/** The agency's profile and departments: read by other modules, changed by the agency's administrator. */
@Service
@Transactional(readOnly = true)
public class AgencyManagement {

    private final AgencyRepository repository;
    private final ApplicationEventPublisher events;
    private final ReadThroughCache<AgencyProfile> savedProfile = new ReadThroughCache<>();

    AgencyManagement(AgencyRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /**
     * The profile; empty only before the first start has seeded or an admin has entered it. Kept in
     * memory (every page and every dossier receipt reads it, bench/dossiers.sh) until a save.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<AgencyProfile> profile() {
        return Optional.ofNullable(savedProfile.get(() -> repository.profile().orElse(null)));
    }

    public List<Department> departments() {
        return repository.departments();
    }

    public Optional<Department> department(long id) {
        return repository.department(id);
    }

    /**
     * Saves the profile after checking it (portal domain per NĐ42 Đ6 k4, system name and owner per
     * NĐ137 Đ5 k1 a, codes, addresses) and records which fields changed, old → new, in the audit log.
     *
     * @return the changed fields; empty when nothing changed (then nothing is saved or recorded)
     * @throws CongsoException {@link AgencyError#INVALID_PROFILE} naming the wrong fields
     */
    @Transactional
    public List<FieldChange> updateProfile(AgencyProfile submitted) {
        AgencyProfile profile = ProfileRules.normalise(submitted);
        Map<String, RuleViolation> problems = ProfileRules.check(profile);
        if (!problems.isEmpty()) {
            throw new CongsoException(AgencyError.INVALID_PROFILE, String.join(", ", problems.keySet()));
        }
        List<FieldChange> changes = changes(repository.profile().orElse(null), profile);
        if (!changes.isEmpty()) {
            savedProfile.invalidate();
            repository.save(profile);
            events.publishEvent(new AgencyProfileUpdated(changes));
        }
        return changes;
    }

    private static List<FieldChange> changes(AgencyProfile before, AgencyProfile after) {
        List<FieldChange> changes = new ArrayList<>();
        for (var component : AgencyProfile.class.getRecordComponents()) {
            String old = before == null ? null : value(component, before);
            String now = value(component, after);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(component.getName(), old, now));
            }
        }
        return changes;
    }

    private static String value(java.lang.reflect.RecordComponent component, AgencyProfile profile) {
        try {
            Object value = component.getAccessor().invoke(profile);
            return value == null ? null : value.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record accessor " + component.getName(), e);
        }
    }

    /** Adds a department under a new, unique code (stored upper case). */
    @Transactional
    public Department addDepartment(String code, String nameVi, String nameEn) {
        String cleanCode = ProfileRules.departmentCode(code);
        String vi = ProfileRules.clean(nameVi);
        String en = ProfileRules.clean(nameEn);
        Map<String, RuleViolation> problems = ProfileRules.checkDepartment(cleanCode, vi, en, true);
        if (!problems.isEmpty()) {
            throw new CongsoException(AgencyError.INVALID_PROFILE, String.join(", ", problems.keySet()));
        }
        if (repository.departmentByCode(cleanCode).isPresent()) {
            throw new CongsoException(AgencyError.DEPARTMENT_CODE_TAKEN, cleanCode);
        }
        long id = repository.addDepartment(cleanCode, vi, en);
        events.publishEvent(new DepartmentChanged("added", cleanCode, "nameVi: \"" + vi + "\""
                + (en == null ? "" : "; nameEn: \"" + en + "\"")));
        return repository.department(id).orElseThrow();
    }

    /** Renames a department; its code, and so every reference to it, stays. */
    @Transactional
    public Department renameDepartment(long id, String nameVi, String nameEn) {
        Department department = repository.department(id)
                .orElseThrow(() -> new CongsoException(AgencyError.DEPARTMENT_NOT_FOUND));
        String vi = ProfileRules.clean(nameVi);
        String en = ProfileRules.clean(nameEn);
        Map<String, RuleViolation> problems = ProfileRules.checkDepartment(null, vi, en, false);
        if (!problems.isEmpty()) {
            throw new CongsoException(AgencyError.INVALID_PROFILE, String.join(", ", problems.keySet()));
        }
        List<FieldChange> changes = new ArrayList<>();
        if (!Objects.equals(department.nameVi(), vi)) {
            changes.add(new FieldChange("nameVi", department.nameVi(), vi));
        }
        if (!Objects.equals(department.nameEn(), en)) {
            changes.add(new FieldChange("nameEn", department.nameEn(), en));
        }
        if (!changes.isEmpty()) {
            repository.renameDepartment(id, vi, en);
            events.publishEvent(new DepartmentChanged("renamed", department.code(),
                    String.join("; ", changes.stream().map(FieldChange::toString).toList())));
        }
        return repository.department(id).orElseThrow();
    }

    /**
     * Deactivates or reactivates a department. Departments are never deleted: documents and dossiers
     * keep referring to the department that handled them.
     */
    @Transactional
    public Department setDepartmentActive(long id, boolean active) {
        Department department = repository.department(id)
                .orElseThrow(() -> new CongsoException(AgencyError.DEPARTMENT_NOT_FOUND));
        if (department.active() != active) {
            repository.setDepartmentActive(id, active);
            events.publishEvent(new DepartmentChanged(active ? "reactivated" : "deactivated", department.code(),
                    department.nameVi()));
        }
        return repository.department(id).orElseThrow();
    }
}
