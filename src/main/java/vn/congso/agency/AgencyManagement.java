package vn.congso.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.agency.persistence.AgencyRepository;

/** The agency's profile and departments, as other modules read them. */
@Service
@Transactional(readOnly = true)
public class AgencyManagement {

    private final AgencyRepository repository;

    AgencyManagement(AgencyRepository repository) {
        this.repository = repository;
    }

    /** The profile; empty only before the first start has seeded or an admin has entered it. */
    public Optional<AgencyProfile> profile() {
        return repository.profile();
    }

    public List<Department> departments() {
        return repository.departments();
    }

    public Optional<Department> department(long id) {
        return repository.department(id);
    }
}
